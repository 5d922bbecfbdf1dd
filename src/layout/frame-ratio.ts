import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptSheets } from '../internal/adopt-sheet.js';
import { log } from '../internal/log.js';
import { cleanText } from '../internal/text.js';
import { parseRatio, usable, type Ratio } from './ratio.js';

export interface FrameRatioOptions {
  /** The host's `aspect-ratio` attribute. */
  declared: () => string | null;
  /** The checked poster URL ('' for none). */
  poster: () => string;
  video: () => HTMLVideoElement | null;
}

/**
 * The player box takes the stream's own shape. Until the first frame says what that is, the box is reserved from the
 * host's `aspect-ratio` attribute, else from the poster's ratio, else 16:9, so a page laid out before the stream
 * arrives does not move when it does. The ratio goes to `--_ratio` in a sheet of the player's own (CSSOM, safe under
 * a strict CSP); `--shoplive-aspect-ratio` from the page still wins over it in the player's styles.
 */
export class FrameRatio implements ReactiveController {
  private readonly sheet = new CSSStyleSheet();
  private declared: Ratio | null = null;
  private declaredText: string | null = null;
  private posterRatio: Ratio | null = null;
  private posterUrl = '';
  private stream: Ratio | null = null;
  private watched: HTMLVideoElement | null = null;
  private applied = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FrameRatioOptions,
  ) {
    host.addController(this);
  }

  /** The ratio the box has now. */
  get current(): Ratio | null {
    return this.stream ?? this.declared ?? this.posterRatio;
  }

  hostConnected(): void {
    adoptSheets(this.host.shadowRoot, this.sheet);
    this.read();
  }

  hostDisconnected(): void {
    this.watch(null);
  }

  /** Before each render: the attribute and the poster may have changed. */
  hostUpdate(): void {
    this.read();
  }

  hostUpdated(): void {
    this.watch(this.options.video());
  }

  private read(): void {
    const text = this.options.declared();
    if (text !== this.declaredText) {
      this.declaredText = text;
      this.declared = parseRatio(text);
      if (text !== null && text.trim() && !this.declared) log.warn(`aspect-ratio "${cleanText(text, 40)}" is not a ratio such as 9/16 between 1:5 and 5:1; ignored.`);
    }
    const poster = this.options.poster();
    if (poster !== this.posterUrl) {
      this.posterUrl = poster;
      this.posterRatio = null;
      if (poster && !this.declared) this.measurePoster(poster);
    }
    this.apply();
  }

  private measurePoster(url: string): void {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    image
      .decode()
      .then(() => {
        if (url !== this.posterUrl) return;
        this.posterRatio = usable({ width: image.naturalWidth, height: image.naturalHeight });
        this.apply();
      })
      .catch(() => {
        // No poster to measure: the box keeps 16:9 until the stream says otherwise.
      });
  }

  private watch(video: HTMLVideoElement | null): void {
    if (video === this.watched) return;
    for (const type of ['resize', 'loadedmetadata'] as const) {
      this.watched?.removeEventListener(type, this.onVideoSize);
      video?.addEventListener(type, this.onVideoSize);
    }
    this.watched = video;
    this.onVideoSize();
  }

  private readonly onVideoSize = () => {
    const video = this.watched;
    if (!video || !video.videoWidth || !video.videoHeight) return;
    this.stream = usable({ width: video.videoWidth, height: video.videoHeight });
    this.apply();
  };

  private apply(): void {
    const ratio = this.current;
    const rule = ratio ? `:host { --_ratio: ${ratio.width} / ${ratio.height}; --_ratio-value: ${ratio.width / ratio.height}; }` : '';
    if (rule === this.applied) return;
    this.applied = rule;
    this.sheet.replaceSync(rule);
  }
}
