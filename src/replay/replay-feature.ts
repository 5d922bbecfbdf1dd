import { productStore } from '../commerce/product-store.js';
import type { ShoppingFeature } from '../commerce/shopping-feature.js';
import { productFromDateRange, productFromId3 } from '../commerce/timed-metadata.js';
import { checkUrl } from '../internal/url-guard.js';
import type { SeekMark } from '../player/controls/seek-bar.js';
import { clockTime } from '../player/controls/time-format.js';
import type { EngineSignal } from '../player/engines/engine.js';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import { chapterSeekTime, parseHostChapters, StreamChapters, type Chapter } from './chapters.js';
import { shareLink, startPoint, type StartPoint } from './deep-link.js';
import { REPLAY_EVENTS } from './events.js';
import type { ReplayOptions } from './replay-options.js';
import { renderChapterButton, renderChapterList, renderShowEnded, type ChapterItem } from './replay-view.js';
import { replayStyles } from './replay.styles.js';

type ReplayHost = PlayerFeatureContext['host'] & ReplayOptions & { agoraChannel: string };

/**
 * Replays as a player feature: the recording's product chapters (from the stream's product cues, or the host's
 * `chapters`) as marks on the seek bar and a "Products in this show" list that seeks and shows the product; the start
 * of a deep link; and, when a live show ends, the offer of its replay (`replay-src`) in the same player.
 */
export class ReplayFeature implements PlayerFeature {
  private readonly stream = new StreamChapters();
  private hostChapters: Chapter[] | null = null;
  private listOpen = false;
  /** The deep link still to apply to this stream (a product waits for its chapter to be known). */
  private pendingStart: StartPoint = null;
  private shared: 'copied' | 'failed' | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly context: PlayerFeatureContext) {
    const host = context.host as ReplayHost;
    this.pendingStart = startPoint(host, location.href);
    // Titles come from the show's products, which may arrive after the chapters.
    this.unsubscribe = productStore.subscribe((change) => ('owner' in change ? change.owner === host : true) && host.requestUpdate());
    const root = host.shadowRoot;
    const sheet = replayStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private get host(): ReplayHost {
    return this.context.host as ReplayHost;
  }

  private get recorded(): boolean {
    const { timeline } = this.context.snapshot();
    return timeline === 'vod' || timeline === 'event';
  }

  get chapters(): readonly Chapter[] {
    return this.hostChapters ?? this.stream.list;
  }

  onSignal(signal: EngineSignal): void {
    if (signal.type === 'timeline-kind') this.applyStart();
    if (signal.type !== 'timed-metadata') return;
    const { metadata } = signal;
    let chapter: Chapter | null = null;
    if (metadata.kind === 'daterange') {
      const cue = productFromDateRange(metadata.attrs, metadata.start ?? null);
      if (cue && cue.start !== null) chapter = { key: cue.key, productId: cue.productId, start: cue.start };
    } else if (metadata.kind === 'id3') {
      const productId = productFromId3(metadata.data);
      if (productId) chapter = { key: `id3:${metadata.pts}:${productId}`, productId, start: metadata.pts };
    }
    if (chapter && this.stream.add(chapter)) {
      this.applyStart();
      this.host.requestUpdate();
    }
  }

  configure(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const host = this.host;
    if (changed.has('chapters')) {
      if (host.chapters == null || host.chapters === '') this.hostChapters = null;
      else {
        const { chapters, problems } = parseHostChapters(host.chapters);
        for (const message of problems) this.context.report({ code: chapters.length ? 'limit-exceeded' : 'refused-data', message });
        this.hostChapters = chapters.length ? chapters : null;
      }
    }
    if (changed.has('startAt') || changed.has('startProduct')) this.pendingStart = startPoint(host, location.href);
  }

  streamReplaced(): void {
    this.stream.clear();
    this.listOpen = false;
    // A new stream (the replay after a live show) starts where the links say, once more.
    this.pendingStart = startPoint(this.host, location.href);
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** A deep link applies to a recording once: a time at once, a product when its chapter is known. */
  private applyStart(): void {
    const start = this.pendingStart;
    if (!start || !this.recorded) return;
    if ('at' in start) {
      this.pendingStart = null;
      this.context.request({ type: 'seek', time: start.at });
      return;
    }
    const chapter = this.chapters.find((candidate) => candidate.productId === start.product);
    if (!chapter) return;
    this.pendingStart = null;
    this.choose(chapter);
  }

  /** Plays the chapter from a little before its cue and shows its product meanwhile. */
  choose(chapter: Chapter): void {
    const from = chapterSeekTime(this.chapters, chapter);
    this.context.request({ type: 'seek', time: from });
    this.context.use<ShoppingFeature>('shopping', (shopping) => shopping.present(chapter.productId, { from, until: chapter.start + 0.5 }));
    this.listOpen = false;
    this.host.requestUpdate();
  }

  private items(): ChapterItem[] {
    return this.chapters.map((chapter) => ({ chapter, title: chapter.title ?? productStore.get(chapter.productId, this.host)?.title ?? chapter.productId }));
  }

  seekMarks(): readonly SeekMark[] {
    const { t, locale } = this.context;
    const label = (title: string, start: number) => t('replay.chapter', { title, time: clockTime(start, locale()) });
    return this.recorded ? this.items().map(({ chapter, title }) => ({ time: chapter.start, label: label(title, chapter.start) })) : [];
  }

  renderControls() {
    if (!this.recorded || !this.chapters.length) return undefined;
    return renderChapterButton(this.context.t, this.listOpen, () => {
      this.listOpen = !this.listOpen;
      this.host.requestUpdate();
    });
  }

  renderOverlay() {
    const { t } = this.context;
    const media = this.context.snapshot();
    if (media.showEnded) {
      const replay = checkUrl(this.host.replaySrc);
      return renderShowEnded(t, media.engine !== 'rtc', replay.ok ? () => this.watchReplay(replay.url.href) : null);
    }
    if (!this.listOpen || !this.recorded) return undefined;
    return renderChapterList({
      t,
      locale: this.context.locale(),
      items: this.items(),
      current: this.currentChapter(media.position)?.key ?? null,
      choose: (chapter) => this.choose(chapter),
      close: () => {
        this.listOpen = false;
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('[part=chapters-button]')?.focus());
      },
      share: () => void this.share(media.position),
      shared: this.shared,
    });
  }

  /** The recording plays over HLS only: a seller who comes back to the real-time channel must not take it over. */
  private watchReplay(src: string): void {
    this.host.agoraChannel = '';
    this.host.setAttribute('src', src);
  }

  private currentChapter(position: number): Chapter | undefined {
    return this.chapters.filter((chapter) => chapter.start <= position + 0.01).at(-1);
  }

  /** "Share this moment": the link is built from the host's template (or the page's address) and copied. */
  private async share(position: number): Promise<void> {
    const link = shareLink(this.host.shareUrl || undefined, location.href, position, this.currentChapter(position)?.productId ?? null);
    const checked = checkUrl(link);
    try {
      if (!checked.ok) throw new Error('unusable link');
      await navigator.clipboard.writeText(checked.url.href);
      this.shared = 'copied';
      this.host.emit(REPLAY_EVENTS.share, { url: checked.url.href, position });
    } catch {
      this.shared = 'failed';
    }
    this.host.requestUpdate();
  }
}
