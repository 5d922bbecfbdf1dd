// The whole path from the live show's EXT-X-DATERANGE tags to the presented product, before the player integrates
// it: hls.js light (as the player's HLS engine configures it) feeds CommerceController in a minimal Lit host.
import { expect } from '@esm-bundle/chai';
import Hls, { Events } from 'hls.js/dist/hls.light.mjs';
import { html, LitElement } from 'lit';
import { CommerceController } from '../../src/commerce/commerce-controller.js';
import { productStore } from '../../src/commerce/product-store.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { dressInput, scarfInput } from './support.js';

class CommerceHost extends LitElement {
  readonly commerce = new CommerceController(this, { video: () => this.renderRoot.querySelector('video') });
  protected override render() {
    return html`<div style="position: relative; width: 640px; height: 360px"><video muted playsinline></video>${this.commerce.render()}</div>`;
  }
}
customElements.define('test-commerce-host', CommerceHost);

describe('presented product from the live show\'s DATERANGE tags', () => {
  let hls: Hls | undefined;
  afterEach(() => {
    hls?.destroy();
    cleanup();
  });

  it('follows the seller: the card changes when the tagged frames are on screen', async function () {
    this.timeout(45_000);
    const host = mount<CommerceHost>('<test-commerce-host></test-commerce-host>');
    host.commerce.setProducts([dressInput('silk-wrap-dress'), scarfInput('silk-scarf')]);
    await host.updateComplete;
    const video = host.renderRoot.querySelector('video')!;
    const ranges = new Map<string, { productId: string; startDate: number }>();
    hls = new Hls({ enableWorker: false, enableDateRangeMetadataCues: false, enableID3MetadataCues: false, enableEmsgMetadataCues: false, liveSyncDurationCount: 3 });
    hls.on(Events.LEVEL_UPDATED, (_event, { details }) => {
      for (const range of Object.values(details.dateRanges)) {
        if (!range) continue;
        ranges.set(range.id, { productId: range.attr['X-PRODUCT-ID'] ?? '', startDate: range.startDate.getTime() });
        host.commerce.metadata({ kind: 'daterange', attrs: { ...range.attr }, start: range.startTime });
      }
    });
    const changes: Array<{ id: string | null; playing: number }> = [];
    const unsubscribe = productStore.subscribe((change) => {
      if (change.type === 'presented' && change.owner === host) changes.push({ id: change.id, playing: hls?.playingDate?.getTime() ?? NaN });
    });
    try {
      hls.attachMedia(video);
      hls.loadSource(liveSession().show);
      await video.play().catch(() => undefined);
      await waitFor(() => changes.length >= 3, 'two product changes after the first', 40_000);
    } finally {
      unsubscribe();
    }
    const ids = changes.map((change) => change.id);
    expect(ids.slice(1, 3).sort()).to.deep.equal(['silk-scarf', 'silk-wrap-dress']);
    expect(ids[1]).to.not.equal(ids[2]);
    // Each change after the first lands once its range's START-DATE is on the playing picture (media time, not the
    // clock): never before it, as it would if the card followed the playlist (seconds ahead of the picture), and
    // within a generous ceiling (timeupdate runs late on a loaded machine).
    for (const change of changes.slice(1)) {
      const starts = [...ranges.values()].filter((range) => range.productId === change.id).map((range) => change.playing - range.startDate);
      const lag = Math.min(...starts.filter((delta) => delta >= -100));
      expect(lag, `${change.id} shown ${lag} ms after its start`).to.be.within(-100, 3000);
    }
    // The overlay shows it.
    const cards = await waitFor(() => host.renderRoot.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'cards mounted');
    const presented = productStore.presented(host);
    const expected = presented === 'silk-scarf' ? 'Silk Twill Scarf' : 'Mulberry Silk Wrap Dress';
    await waitFor(() => cards.shadowRoot?.querySelector('[part=title]')?.textContent?.trim() === expected, 'card shows the presented product');
    expect(cards.shadowRoot!.querySelector('[part=badge]')).to.not.equal(null);
  });

  it('presents at once on the real-time path, and on presentProduct()', async () => {
    const host = mount<CommerceHost>('<test-commerce-host></test-commerce-host>');
    host.commerce.setProducts([dressInput('rtc-dress'), scarfInput('rtc-scarf')]);
    host.commerce.metadata({ kind: 'data-message', bytes: new TextEncoder().encode('{"type":"product","id":"rtc-scarf"}') });
    await waitFor(() => host.commerce.presented === 'rtc-scarf', 'RTC product');
    host.commerce.metadata({ kind: 'data-message', bytes: new Uint8Array([8, 1, 18, 2]) });
    host.commerce.present('rtc-dress');
    await waitFor(() => host.commerce.presented === 'rtc-dress', 'host presents');
    const cards = await waitFor(() => host.renderRoot.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'cards');
    expect(cards.hasAttribute('overlay')).to.equal(true);
    await waitFor(() => cards.shadowRoot?.querySelector('[part=title]')?.textContent?.trim() === 'Mulberry Silk Wrap Dress', 'dress card');
  });
});
