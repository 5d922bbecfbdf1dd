import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { autonym, directionOf, negotiateLocale } from '../i18n/negotiate.js';
import { log } from '../internal/log.js';
import { MAX_STORED_CHARS } from '../internal/stored.js';
import { RefusalLog, type ReportRefusal } from '../internal/refusals.js';
import type { MenuGroup, MenuItem } from '../player/controls/menu.js';
import { captionStyle, onCaptionStyle, rereadCaptionStyle, type CaptionStyle } from './caption-style.js';
import { CueStore } from './cue-store.js';
import { isLanguageTag, type Cue, type CueInit } from './cue.js';
import { HostCueSource } from './sources/host-cue-source.js';
import type { HlsSubtitleSource, HlsSubtitleTrack, PtsToMediaTime } from './sources/hls-subtitle-source.js';
import { sidecarTracks } from './sources/sidecar-track.js';
import type { CueSource } from './sources/source.js';
import type { SttSource } from './stt/stt-source.js';

/** Longer than this without a presented frame, and timeupdate takes over from the frame clock. */
const FRAME_CLOCK_GAP_MS = 500;

interface Preferences {
  /** A language tag, or 'off'. Absent: the shopper never chose. */
  lang?: string;
}

const PREFERENCES_KEY = 'shoplive:subtitles';

/** Stored values already warned about (each once: they are read again on every choice). */
const warnedPreferences = new Set<string>();

/**
 * The shopper's stored choices, read back as untrusted input (any script of the origin can write them): a record of
 * at most MAX_STORED_CHARS with a language that is a language tag or 'off' and a size that is one of ours; anything
 * else is not used, with one warning per stored value.
 */
function readPreferences(): Preferences {
  let stored: unknown;
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PREFERENCES_KEY);
    if (raw === null) return {};
    stored = raw.length <= MAX_STORED_CHARS ? JSON.parse(raw) : undefined;
  } catch {
    stored = undefined;
  }
  const record = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const { lang } = record;
  const preferences: Preferences = lang === 'off' || isLanguageTag(lang) ? { lang } : {};
  // `size` is the caption style's old record (caption-style.ts reads it once): not an error here.
  const unusable = record !== stored || Object.keys(record).some((key) => key !== 'lang' && key !== 'size') || (lang !== undefined && !preferences.lang);
  const seen = raw === null ? '' : `${raw.length}:${raw.slice(0, 200)}`;
  if (unusable && !warnedPreferences.has(seen) && warnedPreferences.size < 100) {
    warnedPreferences.add(seen);
    log.warn(`localStorage "${PREFERENCES_KEY}" holds values out of range or of the wrong type; they are not used.`);
  }
  return preferences;
}

function writePreferences(preferences: Preferences): void {
  try {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

export interface SubtitleHostOptions {
  video: () => HTMLVideoElement | null;
  /** The `subtitles-lang` attribute: a language, 'off', or empty. */
  requested: () => string;
  /** The UI locale: a hint after the browser's languages (a store's language is not always the shopper's). */
  uiLocale: () => string;
  /** Where refused input (bad URLs, limits hit) is reported, once each. */
  report?: ReportRefusal;
}

/**
 * The subtitle layer's state: the cues every source delivers, which language is shown (the shopper's remembered
 * choice, else the host's `subtitles-lang`, else negotiated from the UI locale and browser languages), the shopper's
 * caption style (caption-style.ts, shared by every player of the shop),
 * and which cues are on screen, updated on every presented frame so a cue appears within one frame of its time.
 */
export class SubtitleController implements ReactiveController {
  readonly store: CueStore;
  selected: string | null = null;
  style: CaptionStyle;
  private readonly unfollowStyle: () => void;
  active: Cue[] = [];
  private readonly sources = new Set<CueSource>();
  private frameRequest?: { video: HTMLVideoElement; id: number };
  private watchedVideo?: HTMLVideoElement;
  private readonly unsubscribe: () => void;
  private sidecar?: CueSource;
  private hostCues?: HostCueSource;
  private stream?: HlsSubtitleSource;
  private stt?: Promise<SttSource>;
  /** Bumped when sources are replaced, so a late lazy import does not attach a stale source. */
  private sidecarGeneration = 0;
  private streamGeneration = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SubtitleHostOptions,
  ) {
    this.store = new CueStore(this.newRefusalLog());
    host.addController(this);
    // A new player reads the device's choice afresh (another tab may have changed it while no player listened).
    rereadCaptionStyle();
    this.style = captionStyle();
    this.unfollowStyle = onCaptionStyle((style) => {
      this.style = style;
      host.requestUpdate();
    });
    this.unsubscribe = this.store.onLanguages(() => this.negotiate());
  }

  /** Each stream starts with a clean slate: its own refusals are reported even if the last stream had the same. */
  private newRefusalLog(): RefusalLog {
    return new RefusalLog(this.options.report);
  }

  private get refusals(): RefusalLog {
    return this.store.refusals;
  }

  get languages(): string[] {
    const all = new Set<string>();
    this.sources.forEach((source) => source.languages.forEach((lang) => all.add(lang)));
    this.store.languages().forEach((lang) => all.add(lang));
    return [...all];
  }

  hostDisconnected(): void {
    this.stopClock();
  }

  attach(source: CueSource): void {
    this.sources.add(source);
    this.negotiate();
    // The choice may not have changed (a replaced source for the same stream): the newcomer must still hear it.
    source.select(this.selected);
  }

  /** A source leaves with its cues. */
  detach(source: CueSource): void {
    source.destroy();
    this.store.removeCuesOf(source);
    this.sources.delete(source);
  }

  /** A caption from the host's own captioning (`player.addCue`). */
  addHostCue(cue: CueInit): void {
    if (!this.hostCues) {
      this.hostCues = new HostCueSource(this.store);
      this.attach(this.hostCues);
    }
    if (this.hostCues.add(cue)) this.negotiate();
    this.update();
  }

  /**
   * Sidecar WebVTT files: the host's child <track>s and its `subtitles` property, checked one by one (each bad entry
   * reported, the others kept). The reader loads only if there are any.
   */
  async useSidecars(host: Element, declared: unknown): Promise<void> {
    if (this.sidecar) this.detach(this.sidecar);
    this.sidecar = undefined;
    const generation = ++this.sidecarGeneration;
    const { tracks, refused } = sidecarTracks(host, declared);
    refused.forEach((refusal) => this.options.report?.(refusal));
    if (!tracks.length) return;
    const { SidecarSource } = await import('./sources/sidecar-source.js');
    if (generation !== this.sidecarGeneration) return;
    this.sidecar = new SidecarSource(tracks, this.store, this.refusals);
    this.attach(this.sidecar);
  }

  /** The stream's own subtitle renditions, announced by the engine. */
  async useStreamTracks(tracks: HlsSubtitleTrack[], toMediaTime: PtsToMediaTime): Promise<void> {
    this.dropStreamTracks();
    const generation = this.streamGeneration;
    const { HlsSubtitleSource } = await import('./sources/hls-subtitle-source.js');
    if (generation !== this.streamGeneration) return;
    this.stream = new HlsSubtitleSource(tracks, this.store, toMediaTime, this.refusals, () => this.options.video()?.currentTime ?? 0);
    this.attach(this.stream);
  }

  /** Bytes from the real-time path's data stream: live speech-to-text. The decoder loads with the first message. */
  receiveData(bytes: Uint8Array | string): void {
    const stt = (this.stt ??= import('./stt/stt-source.js').then(({ SttSource }) => {
      const source = new SttSource(this.store, () => this.options.video()?.currentTime ?? 0, () => this.negotiate(), this.refusals);
      // Dropped with its stream while the decoder was loading: it never joins.
      if (this.stt === stt) this.attach(source);
      return source;
    }));
    void this.stt.then((source) => source.receive(bytes));
  }

  timelineChanged(): void {
    this.stream?.timelineChanged();
  }

  /** The stream's own sources (renditions, speech-to-text) end with the stream or engine that fed them. */
  dropStreamTracks(): void {
    this.streamGeneration++;
    // Their cues sit on the old stream's media timeline; on the next stream's they would show at random moments.
    for (const source of this.sources) if (this.isStreamSource(source)) this.detach(source);
    this.stream = undefined;
    this.stt = undefined;
    this.store.refusals = this.newRefusalLog();
    this.update();
  }

  /** The stream's own sources (its renditions, live speech-to-text), as opposed to the host's (sidecars, addCue). */
  private isStreamSource(source: CueSource): boolean {
    return source !== this.sidecar && source !== this.hostCues;
  }

  /** Drops every source and cue, for a new stream. */
  reset(): void {
    this.sidecarGeneration++;
    this.streamGeneration++;
    this.sidecar = this.stream = this.hostCues = undefined;
    this.stt = undefined;
    this.sources.forEach((source) => source.destroy());
    this.sources.clear();
    this.store.clear();
    this.store.refusals = this.newRefusalLog();
    this.active = [];
  }

  /** A shopper's pick from the menu: applied and remembered on this device. */
  choose(lang: string | null): void {
    writePreferences({ ...readPreferences(), lang: lang ?? 'off' });
    this.apply(lang);
  }

  /** Re-decides the language; called when languages appear or the host's preferences change. */
  negotiate(): void {
    const offered = this.languages;
    if (!offered.length) return this.apply(null);
    // Strongest first: the shopper's own earlier pick, the host's attribute, then what the shopper reads.
    const wishes = [readPreferences().lang, this.options.requested().trim()].filter((wish): wish is string => !!wish);
    for (const wish of wishes) {
      if (wish === 'off') return this.apply(null);
      const match = negotiateLocale([wish], offered);
      if (match) return this.apply(match);
    }
    const choice =
      negotiateLocale([...(navigator.languages ?? []), this.options.uiLocale()].filter(Boolean), offered) ??
      // Nothing the shopper reads: English is the likeliest second language; else no subtitles.
      negotiateLocale(['en'], offered) ??
      null;
    this.apply(choice);
  }

  private apply(lang: string | null): void {
    if (lang !== this.selected) {
      this.selected = lang;
      this.sources.forEach((source) => source.select(lang));
      this.host.requestUpdate();
    }
    this.update();
    if (lang) this.startClock();
    else this.stopClock();
  }

  /** Recomputes what is on screen for the video's current time (or a frame's exact media time). */
  update(time = this.options.video()?.currentTime ?? 0): void {
    const next = this.selected ? this.store.active(time, this.selected) : [];
    const changed = next.length !== this.active.length || next.some((cue, i) => cue !== this.active[i]);
    if (changed) {
      this.active = next;
      this.host.requestUpdate();
    }
    this.store.prune(time);
  }

  private startClock(): void {
    const video = this.options.video();
    if (!video) return;
    if (this.watchedVideo !== video) {
      this.watchedVideo?.removeEventListener('timeupdate', this.onTime);
      this.watchedVideo?.removeEventListener('seeked', this.onTime);
      video.addEventListener('timeupdate', this.onTime);
      video.addEventListener('seeked', this.onTime);
      this.watchedVideo = video;
    }
    if (this.frameRequest?.video === video) return;
    this.frameRequest = { video, id: video.requestVideoFrameCallback(this.onFrame) };
  }

  private stopClock(): void {
    if (this.frameRequest) this.frameRequest.video.cancelVideoFrameCallback(this.frameRequest.id);
    this.frameRequest = undefined;
    this.watchedVideo?.removeEventListener('timeupdate', this.onTime);
    this.watchedVideo?.removeEventListener('seeked', this.onTime);
    this.watchedVideo = undefined;
  }

  /** When the last frame callback ran (performance.now()): while frames arrive, they decide what is on screen. */
  private lastFrameAt = -Infinity;

  // currentTime runs ahead of the frame on screen (more so on a busy phone): while frames are being presented, a
  // timeupdate would show a cue a frame early. It still drives cues when no frame comes (paused, hidden, audio only).
  private readonly onTime = (event: Event) => {
    const framesArriving = !(event.target as HTMLVideoElement).paused && performance.now() - this.lastFrameAt < FRAME_CLOCK_GAP_MS;
    if (event.type === 'seeked' || !framesArriving) this.update();
  };

  private readonly onFrame = (_now: number, frame: VideoFrameCallbackMetadata) => {
    if (!this.frameRequest) return;
    this.lastFrameAt = performance.now();
    this.update(frame.mediaTime);
    const { video } = this.frameRequest;
    this.frameRequest = { video, id: video.requestVideoFrameCallback(this.onFrame) };
  };

  /** The language group, with one checked item (or off). */
  languageGroup(labels: { language: string; off: string }): MenuGroup {
    return {
      id: 'lang',
      label: labels.language,
      items: [
        { value: 'off', text: labels.off, checked: this.selected === null },
        ...this.languages.map((lang) => ({ value: `lang:${lang}`, text: autonym(lang), lang, checked: lang === this.selected })),
      ],
    };
  }

  pick(item: MenuItem): void {
    if (item.value === 'off') this.choose(null);
    else if (item.value.startsWith('lang:')) this.choose(item.value.slice(5));
  }

  render(): TemplateResult | typeof nothing {
    if (!this.active.length) return nothing;
    const { size, color, background, position } = this.style;
    return html`<div part="subtitles" class="subtitles" data-size=${size} data-color=${color} data-background=${background} data-position=${position}>
      ${this.active.map(
        (cue) =>
          html`<div part=${cue.interim ? 'cue cue-interim' : 'cue'} class="cue" lang=${cue.lang} dir=${directionOf(cue.lang)}><span>${cue.text}</span></div>`,
      )}
    </div>`;
  }

  dispose(): void {
    this.unsubscribe();
    this.unfollowStyle();
    this.reset();
    this.stopClock();
  }
}
