import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cleanText } from '../internal/text.js';
import { commerceMode } from './context.js';
import { ProductController } from './product-controller.js';
import { reportError } from './events.js';
import { productStore, type StoreChange } from './product-store.js';
import type { CardAsker } from './product-cards/card-asker.js';
import type { ProductTimeline, TimedMetadata } from './timed-metadata.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface CommerceHostOptions {
  /** The player's video element, whose media time places stream metadata. */
  video: () => HTMLVideoElement | null;
}

type MetadataModule = typeof import('./timed-metadata.js');
type ShowModule = typeof import('./show.js');

/**
 * The player's shopping layer, plugged in like the subtitle layer: it takes the player's `products` /
 * `products-src`, `presentProduct(id)` calls and the engine's timed metadata, keeps the show in the page's product
 * store, and renders the `<shoplive-product-cards>` overlay. Costs nothing for a player without products: the cards,
 * validation and metadata readers are imported only when the first product or product cue arrives.
 */
export class CommerceController implements ReactiveController {
  private show?: Promise<ShowModule>;
  private readers?: Promise<MetadataModule>;
  private timeline?: ProductTimeline;
  private appliedCue: string | null = null;
  private ready = false;
  private loadAbort?: AbortController;
  private watchedVideo: HTMLVideoElement | null = null;
  private asker: CardAsker | null = null;

  constructor(
    private readonly host: Host,
    private readonly options: CommerceHostOptions,
  ) {
    host.addController(this);
    // Listens only: what the cards show re-renders them, not the player.
    new ProductController(host, { concerns: () => false, changed: (change) => this.onStoreChange(change) });
  }

  hostConnected(): void {
    if (commerceMode(this.host) === 'shopify') void this.loadShow();
  }

  hostDisconnected(): void {
    this.loadAbort?.abort();
    this.watchVideo(null);
  }

  /** The player's `products` property. */
  setProducts(input: unknown): void {
    if (input === undefined || input === null) return;
    this.loadAbort?.abort();
    void this.loadShow().then((show) => show.setShowProducts(this.host, input));
  }

  /** The player's `products-src` attribute. */
  setProductsSrc(src: string): void {
    this.loadAbort?.abort();
    if (!src) return;
    const abort = (this.loadAbort = new AbortController());
    void this.loadShow().then((show) => show.loadShowProducts(this.host, src, abort.signal));
  }

  /**
   * `player.presentProduct(id)`: the card follows the host until the stream's next product cue. With `hold` (a chapter
   * chosen in a replay, played from a little before its cue), stream cues wait while the position stays in
   * [from, until): the shopper hears the introduction with the card they chose.
   */
  present(id: string | null, hold?: { from: number; until: number }): void {
    this.hold = hold ?? null;
    // After a hold, whatever cue covers the position then is applied again, even the one applied before it.
    if (hold) this.appliedCue = null;
    productStore.present(this.host, id === null ? null : String(id));
    if (id !== null) void this.loadShow();
  }

  get presented(): string | null {
    return productStore.presented(this.host);
  }

  /** Timed metadata from the engine (HLS DATERANGE, ID3; RTC data-stream messages). */
  metadata(metadata: TimedMetadata): void {
    void this.loadReaders().then((readers) => {
      switch (metadata.kind) {
        case 'daterange': {
          const cue = readers.productFromDateRange(metadata.attrs, metadata.start ?? null);
          if (!cue) return this.reportRefusedCue(readers.refusedProductId(metadata.attrs));
          if (cue.start === null) this.present(cue.productId);
          else if (this.timeline!.add(cue)) this.follow();
          return;
        }
        case 'id3': {
          const productId = readers.productFromId3(metadata.data);
          if (!productId) return this.reportRefusedCue(readers.refusedCueId(metadata));
          if (this.timeline!.add({ key: `id3:${metadata.pts}:${productId}`, productId, start: metadata.pts, duration: null, startDate: null })) this.follow();
          return;
        }
        case 'data-message': {
          // The real-time path has no timeline to wait for: what arrives is what the seller shows now.
          const productId = readers.productFromDataMessage(metadata.bytes);
          if (productId) this.present(productId);
          else this.reportRefusedCue(readers.refusedCueId(metadata));
          return;
        }
      }
    });
  }

  private readonly refusedCues = new Set<string>();

  /**
   * A product cue (DATERANGE, ID3, data message) whose id cannot name a product (too long, control or bidi characters,
   * not text): reported once per id, like a presented id that is not in the show.
   */
  private reportRefusedCue(id: string | null): void {
    if (id === null || this.refusedCues.has(id) || this.refusedCues.size > 100) return;
    this.refusedCues.add(id);
    reportError(this.host, { code: 'product-refused', message: `a product cue in the stream names "${cleanText(id, 80)}", which is not a usable product id; ignored.` });
  }

  /** Forget stream cues (a new `src`, a restart): media times of the old timeline mean nothing now. */
  reset(): void {
    this.timeline?.clear();
    this.appliedCue = null;
  }

  /** The player's assistant offers the cards an "Ask" (see CardAsker). */
  offerAsk(asker: CardAsker): void {
    this.asker = asker;
    this.host.requestUpdate();
  }

  render() {
    if (!this.ready) return nothing;
    return html`<shoplive-product-cards overlay data-region="top" part="product-cards" exportparts="card, buy-button, list, cart-button" .owner=${this.host} .asker=${this.asker}></shoplive-product-cards>`;
  }

  private loadShow(): Promise<ShowModule> {
    this.show ??= Promise.all([import('./show.js'), import('./product-cards/product-cards.js')]).then(([show]) => {
      this.ready = true;
      this.host.requestUpdate();
      return show;
    });
    return this.show;
  }

  private loadReaders(): Promise<MetadataModule> {
    this.readers ??= import('./timed-metadata.js').then((readers) => {
      this.timeline = new readers.ProductTimeline();
      return readers;
    });
    return this.readers;
  }

  /** Cues wait for the playhead: the card changes when the frame the seller tagged is on screen. */
  private follow(): void {
    void this.loadShow();
    this.watchVideo(this.options.video());
    this.tick();
  }

  private watchVideo(video: HTMLVideoElement | null): void {
    if (video === this.watchedVideo) return;
    this.watchedVideo?.removeEventListener('timeupdate', this.tick);
    this.watchedVideo = video;
    video?.addEventListener('timeupdate', this.tick);
  }

  private hold: { from: number; until: number } | null = null;

  private readonly tick = () => {
    const video = this.watchedVideo;
    // A seek out of the held stretch (or playing past it) lets the stream's cues decide again.
    if (video && this.hold && video.currentTime >= this.hold.from - 0.5 && video.currentTime < this.hold.until) return;
    this.hold = null;
    const cue = video && this.timeline?.at(video.currentTime);
    if (!cue || cue.key === this.appliedCue) return;
    this.appliedCue = cue.key;
    productStore.present(this.host, cue.productId);
  };

  private onStoreChange(change: StoreChange): void {
    // Something else (Shopify mode, a host script) gave this player a show: load the cards to show it.
    if (!this.ready && 'owner' in change && change.owner === this.host) void this.loadShow();
  }
}
