import type { CSSResult, TemplateResult, nothing } from 'lit';
import type { ShopliveElement } from '../../internal/shoplive-element.js';
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';
import type { ReportRefusal } from '../../internal/refusals.js';
import type { EngineSignal, EngineSignalType, LiveLatency } from '../engines/engine.js';
import type { PlayerMetricsSnapshot } from '../metrics.js';
import type { MediaSnapshot } from '../session/media-snapshot.js';
import type { PlayerRequest } from '../session/player-request.js';
import type { SeekMark } from '../controls/seek-bar.js';

/** What a feature may read of the player element: its public configuration and position (and `emit`). */
export interface FeatureHost extends ShopliveElement {
  readonly subtitlesLang: string;
  readonly subtitles: unknown;
  readonly products: unknown;
  readonly productsSrc: string;
  /** Media time of the picture on screen. */
  readonly currentTime: number;
  readonly hasUpdated: boolean;
  /** Seconds between `shoplive-qoe` reports (unparsed `qoe-interval`). */
  readonly qoeInterval: unknown;
}

export interface PlayerFeatureContext {
  readonly host: FeatureHost;
  video(): HTMLVideoElement | null;
  snapshot(): MediaSnapshot;
  metrics(): PlayerMetricsSnapshot;
  /** How far behind live the picture is, as the engine knows it (null before a stream). */
  liveLatency(): LiveLatency | null;
  /** The player's UI language and its catalog. */
  locale(): string;
  t(key: MessageKey, params?: MessageParams): string;
  /** Refused input: one console warning and one non-fatal `shoplive-error` each. */
  report: ReportRefusal;
  /** Sends a request up, as the controls do (a chapter seeks, the replay offer loads the replay). */
  request(request: PlayerRequest): void;
  /** Another feature by name (loaded if needed), for a feature that drives one (a chapter shows its product). */
  use<T extends PlayerFeature>(name: string, action: (feature: T) => void): void;
  /** Adds the feature's styles to the player's shadow root (where its overlay renders), once. */
  adoptStyles(styles: CSSResult): void;
}

type Rendered = TemplateResult | typeof nothing | undefined;

/**
 * A capability plugged into the player (subtitles, shopping, quality-of-experience reports…). The player never names
 * one: it hands each the engine signals it declared, asks it what to draw, and tells it when the stream is replaced.
 */
export interface PlayerFeature {
  onSignal?(signal: EngineSignal): void;
  /** The player's properties changed (the map holds their previous values, as Lit's `changedProperties`). */
  configure?(changed: ReadonlyMap<PropertyKey, unknown>): void;
  /** A stream starts playing (a start, a restart). */
  streamStarted?(): void;
  /** The stream was torn down (new src, fatal error, retry, removal). */
  streamEnded?(): void;
  /** The stream is gone or another engine feeds the video: what came from the old one means nothing now. */
  streamReplaced?(): void;
  /** Drawn over the video. */
  renderOverlay?(): Rendered;
  /** Entries of the control bar (a menu button). */
  renderControls?(): Rendered;
  /** Points on the seek bar (product chapters), in media time. */
  seekMarks?(): readonly SeekMark[];
  /** The player left the page (not a move into picture-in-picture): let go of page-wide listeners and observers. */
  hostDisconnected?(): void;
  /** The player is back in the page after `hostDisconnected`. */
  hostConnected?(): void;
  dispose?(): void;
}

/**
 * How the player finds a feature without loading it: the signals that need it and the configuration that wants it.
 * Its code (`load`) is imported only then, so a plain stream pays for none of it.
 */
export interface PlayerFeatureDefinition {
  readonly name: string;
  /** Engine signals the feature handles; the first one loads it. */
  readonly signals: readonly EngineSignalType[];
  /** Engine signals it hears once loaded, which never load it (every stream has them). */
  readonly passiveSignals?: readonly EngineSignalType[];
  /** Whether the player's configuration alone needs the feature (checked on every update, so keep it cheap). */
  wanted?(host: FeatureHost, changed: ReadonlyMap<PropertyKey, unknown>): boolean;
  load(context: PlayerFeatureContext): Promise<PlayerFeature>;
}
