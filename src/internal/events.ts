// The event contract of the SDK, in one place: every `shoplive-*` name, the detail each carries, the global event maps
// keyed by those names (so `document.addEventListener('shoplive-add-to-cart', (e) => e.detail.respondWith(…))` is
// typed in a host's code), and `emit()`, the one way any module sends one. Types only besides `EVENTS` and `emit`.
// The detail types live here, not in the capabilities, so this module imports nothing that imports it.
import { log } from './log.js';
import type { RefusalCode } from './refusals.js';
import type { SizeSystem } from '../size/systems/types.js';
import type { FitPreference, Sex } from '../size/types.js';
import type { ProductCategory } from '../commerce/category.js';
import type { FeedbackReason } from '../returns/reasons.js';

export const EVENTS = {
  share: 'shoplive-share',
  remindMe: 'shoplive-remind-me',
  showLive: 'shoplive-show-live',
  ready: 'shoplive-ready',
  firstFrame: 'shoplive-first-frame',
  stall: 'shoplive-stall',
  qualityChange: 'shoplive-quality-change',
  error: 'shoplive-error',
  engineChange: 'shoplive-engine-change',
  networkQuality: 'shoplive-network-quality',
  publisher: 'shoplive-publisher',
  qoe: 'shoplive-qoe',
  addToCart: 'shoplive-add-to-cart',
  productView: 'shoplive-product-view',
  productClick: 'shoplive-product-click',
  checkout: 'shoplive-checkout',
  sizeRequest: 'shoplive-size-request',
  sizeRecommended: 'shoplive-size-recommended',
  variantChange: 'shoplive-variant-change',
  feedback: 'shoplive-feedback',
  fixChosen: 'shoplive-fix-chosen',
  miniPlayer: 'shoplive-mini-player',
  question: 'shoplive-question',
} as const;

// ---- player -------------------------------------------------------------------------------------------------------

/** The engines a player can play through. */
export type EngineKind = 'hls' | 'native' | 'rtc';

export interface QualityLevel {
  /** Index in the engine's own level list, the value `setLevel` takes. */
  index: number;
  width: number;
  height: number;
  bitrate: number;
}

export type PublisherState = 'live' | 'paused' | 'ended';

/**
 * Why the player left one path for another: RTC given up (`rtc-unsupported`: no WebRTC; `rtc-load`: the Agora chunk
 * failed to load; `join-failed`; `rtc-timeout`: no RTC frame within the budget; `disconnected`: the connection dropped
 * and did not come back within the budget; `rtc-failed`: any other RTC error), or RTC taking over from an HLS picture
 * (`rtc-ready`).
 */
export type EngineChangeReason = 'rtc-unsupported' | 'rtc-load' | 'join-failed' | 'rtc-timeout' | 'disconnected' | 'rtc-failed' | 'rtc-ready';

export interface ReadyDetail {
  engine: EngineKind;
  levels: QualityLevel[];
}
export interface FirstFrameDetail {
  /** Milliseconds from the player starting (near the viewport, a gesture, or eager) to the first decoded frame. */
  ttffMs: number;
  engine: EngineKind;
  level: QualityLevel | null;
}
export interface StallDetail {
  position: number;
  stalls: number;
}
export interface QualityChangeDetail {
  level: QualityLevel;
  auto: boolean;
}
export interface EngineChangeDetail {
  from: EngineKind;
  to: EngineKind;
  reason: EngineChangeReason;
}
export interface NetworkQualityDetail {
  /** Agora's scale: 0 unknown, 1 excellent, 2 good, 3 poor, 4 bad, 5 very bad, 6 down. */
  uplink: number;
  downlink: number;
}
export interface PublisherDetail {
  state: PublisherState;
}

export type PlayerErrorCode =
  | 'invalid-src'
  | 'unsafe-src'
  | 'unsupported'
  | 'engine-load'
  | 'manifest'
  | 'network'
  | 'media'
  | 'playlist-stale'
  | 'segment-skipped'
  /** Non-fatal: input from data or the host was refused or cut down (see src/internal/refusals.ts). */
  | RefusalCode;

/**
 * - `skip-segment`: a segment the origin says is gone was skipped;
 * - `retry`: loading stopped and is tried again after `delayMs` (attempt `attempt` of `of`), a rendition lower when
 *   `stepDown` is set;
 * - `recover-media`: the decoder failed and the media pipeline was rebuilt in place;
 * - `reconnect`: the browser came back online and loading resumed at once.
 */
export type RecoveryAction =
  | { action: 'skip-segment'; segment: number }
  | { action: 'retry'; attempt: number; of: number; delayMs: number; stepDown: boolean }
  | { action: 'recover-media'; attempt: number; of: number }
  | { action: 'reconnect' };

/** `shoplive-error` from a player: fatal errors show the error panel. */
export interface PlayerErrorDetail {
  code: PlayerErrorCode;
  message: string;
  fatal: boolean;
  /** Non-fatal errors: what the player is doing about it. */
  recovery?: RecoveryAction;
}

/**
 * Quality of experience of one playback session (from the player starting a stream to its teardown), cumulative.
 * Plain JSON: `JSON.stringify(detail)` is what a host hands to `navigator.sendBeacon`. See docs/events.md.
 */
export interface QoeDetail {
  /** Schema version of this object. */
  version: 1;
  /** `interval`: periodic, while playing; `ended`: the session ended (new src, fatal error, retry); `pagehide`. */
  reason: 'interval' | 'ended' | 'pagehide';
  /** True for the session's summary (`ended`, `pagehide`); a page restored from the back/forward cache sends another. */
  final: boolean;
  /** Random id of the session, the same in all its reports: a collector keeps the latest per session. */
  session: string;
  /** 1, 2, 3… per report of this session. */
  seq: number;
  /** `Date.now()` of the report. */
  timestamp: number;
  engine: EngineKind | null;
  /** Milliseconds from the player starting to the first frame; null while there is none. */
  startupMs: number | null;
  /** Milliseconds since the session started, and of them playing (not paused, not buffering). */
  sessionMs: number;
  playingMs: number;
  /** Stalls after the first frame (`shoplive-stall`), their total duration (an ongoing one up to now), and whether one is ongoing. */
  rebuffers: { count: number; durationMs: number; ongoing: boolean };
  /** Changes of the rendition on screen, and the bitrate (bits/s) of the one on screen now (0 when unknown). */
  bitrateSwitches: number;
  bitrate: number;
  /** From `getVideoPlaybackQuality()`, counted from the session's start. */
  decodedFrames: number;
  droppedFrames: number;
  /**
   * How far behind live the picture is, now: seconds behind the live edge of the playlist (`behindEdgeS`) and, when
   * the stream has EXT-X-PROGRAM-DATE-TIME, behind the wall clock (`programDateTimeS`, needs a synchronised clock at
   * the origin). Null when unknown (real-time path, or no playlist yet). `targetS`: how far behind the edge the player
   * aims to play (LL-HLS: the stream's PART-HOLD-BACK); `playbackRate`: above 1 while it catches up with that target.
   */
  liveLatency: { behindEdgeS: number | null; programDateTimeS: number | null; targetS: number | null; playbackRate: number | null };
  /** `shoplive-error`s of the player in this session, by code (fatal ones included). */
  errors: Partial<Record<PlayerErrorCode, number>>;
}

// ---- commerce -----------------------------------------------------------------------------------------------------

export type AddToCartReason = 'sold-out' | 'invalid' | 'custom';

/** What a storefront answers to `shoplive-add-to-cart`. */
export type AddToCartAnswer = true | { ok: true } | { ok: false; reason: AddToCartReason; message?: string };

export type AddToCartSource = 'card' | 'button';

/** The request itself, as it also crosses to a parent frame (no function in it). */
export interface AddToCartRequest {
  /** Unique per click; answers from a parent frame name it. */
  requestId: string;
  productId: string;
  variantId: string | null;
  size: string | null;
  quantity: number;
  /** Unit price in `currency` (the variant's own price where it has one). */
  price: number;
  currency: string;
  source: AddToCartSource;
  /** The player's media time in seconds when the shopper clicked; null outside a player. */
  streamTime: number | null;
  /** The engine of that player (`hls`, `native`, `rtc`); null outside a player. */
  engine: string | null;
}

export interface AddToCartDetail extends AddToCartRequest {
  /**
   * Answers the request: call it synchronously in the listener with the answer or a promise of it. The first call
   * counts. Without it, `preventDefault()` means "the storefront took over"; neither means nobody is listening.
   */
  respondWith(answer: AddToCartAnswer | PromiseLike<AddToCartAnswer>): void;
}

export interface ProductViewDetail {
  productId: string;
  /** Where the product is shown: the compact card over the stream. */
  source: 'card';
  /** True when it is shown because the seller presents it (stream metadata or `presentProduct`), false when the shopper picked it from the list. */
  presented: boolean;
}

export interface ProductClickDetail {
  productId: string;
  source: 'card' | 'list';
  /** The checked product page URL, or null. Cancel the event to keep the card from opening it. */
  url: string | null;
}

export interface CheckoutDetail {
  source: 'cards';
}

/** `shoplive-error` from commerce: non-fatal problems (the console has the same line). */
export interface CommerceErrorDetail {
  code: 'listener-error' | 'answer-invalid' | 'products-invalid' | 'products-load' | 'product-refused' | 'cart';
  message: string;
  fatal: false;
}

// ---- size ---------------------------------------------------------------------------------------------------------

/** Sent (cancelable) by a buy button that wants a size; a size helper that takes it cancels it. */
export interface SizeRequestDetail {
  productId: string;
  /** The product's `sizeChart` (format defined by the size helper), or null: the helper's own chart is used then. */
  sizeChart: Readonly<Record<string, unknown>> | null;
  /** The size labels the product is sold in, in order (informational). */
  sizes: readonly string[];
}

export interface SharedProfile {
  heightCm: number;
  weightKg: number;
  sex?: Sex;
  age?: number;
  fit: FitPreference;
}

/** The shopper chose a size ("Use this size"). */
export interface SizeRecommendedDetail {
  /** The helper's `product-id`, or the one of the buy button that asked. */
  productId: string;
  /** The size as the product's chart names it ("M"): what a buy button selects. */
  label: string;
  /** 0..1: the calibrated probability that `label` is right. */
  confidence: number;
  /** The size system the shopper was shown (`US`, `CN`, ...). */
  system: SizeSystem;
  /** The size in that system ("6", "M (165/88A)"), or null when it cannot be converted. */
  systemLabel: string | null;
  /** Only with `share-profile`: what the shopper entered, in cm and kg. */
  profile?: SharedProfile;
}

/**
 * A buy button's chosen variant changed: a size chip, the size helper's recommendation, or the Shopify theme's own
 * variant picker (`by: 'theme'`); `variantId: null` when the choice was cleared. A theme keeps its picker in step
 * with it.
 */
export interface VariantChangeDetail {
  productId: string;
  variantId: string | null;
  size: string | null;
  /** The chosen variant's unit price in `currency`, or null when nothing is chosen. */
  price: number | null;
  currency: string;
  by: 'shopper' | 'theme';
}

/** `shoplive-error` from a size helper: non-fatal problems. */
export interface SizeHelperErrorDetail {
  code: 'size-chart-invalid' | 'size-chart-load' | 'size-helper-load';
  message: string;
  fatal: false;
}

// ---- the maps -----------------------------------------------------------------------------------------------------

/** Every `shoplive-error`: narrow on `code` (the three code sets do not overlap) or with `isPlayerError`. */
export type ShopliveErrorDetail = PlayerErrorDetail | CommerceErrorDetail | SizeHelperErrorDetail;
export type ShopliveErrorCode = ShopliveErrorDetail['code'];

/** Event name → detail. Adding an event: a name in `EVENTS`, a detail type above, one line here. */
// ---- returns ------------------------------------------------------------------------------------------------------

/** `shoplive-feedback`: what the shopper answered after delivery. Nothing of it is stored by the SDK. */
export interface FeedbackDetail {
  readonly orderId: string;
  readonly productId: string;
  readonly variantId: string;
  readonly category: ProductCategory;
  /** Question id → answer value (docs/returns.md lists them per category). */
  readonly answers: Readonly<Record<string, string>>;
  /** The one reason the answers point to (`as-expected` when all went well). */
  readonly reason: FeedbackReason;
  /** The shopper's own words, when they wrote any (cleaned, at most 1000 characters). */
  readonly note?: string;
}

/** `shoplive-fix-chosen`: the shopper took one of the fixes offered before the return path. */
export interface FixChosenDetail {
  readonly orderId: string;
  readonly productId: string;
  readonly variantId: string;
  readonly reason: FeedbackReason;
  readonly fix: 'exchange' | 'tip' | 'contact' | 'return';
  /** For an exchange: the size offered, and the variant of that size when the product data names one. */
  readonly size?: string;
  readonly toVariantId?: string;
}

/** `shoplive-mini-player`: the player floats (mini-player, whole-player picture in picture) or is back in the page. */
export interface MiniPlayerDetail {
  /** The player now floats (true) or is back in the page (false). */
  readonly open: boolean;
  /** `scroll`: it left or came back into view; `close`: the shopper closed it; `pip`: the whole player moved into a
   * picture-in-picture window (`open: true`) or came back from it. */
  readonly reason: 'scroll' | 'close' | 'pip';
}

// ---- product assistant ----------------------------------------------------------------------------------------------

/** `shoplive-question`: a shopper's question neither the product data nor the host's answerer could answer. */
export interface QuestionDetail {
  readonly productId: string;
  readonly question: string;
  /** The shopper's UI locale. */
  readonly locale: string;
  /** Pass to `assistant.reply(questionId, text)` to show the seller's answer. */
  readonly questionId: string;
  /** Tells the widget the seller will see it ("We've asked the seller"); same as `preventDefault()`. */
  accept(): void;
}

/** Replays: "Share this moment" copied `url` at `position` s (docs/replay.md). */
export interface ShareDetail {
  url: string;
  position: number;
}
/** The schedule's "Remind me" (docs/schedule.md). */
export interface RemindMeDetail {
  showId: string;
}
/** A listed show went live. */
export interface ShowLiveDetail {
  showId: string;
  streamUrl: string;
}

export interface ShopliveEventDetails {
  [EVENTS.share]: ShareDetail;
  [EVENTS.remindMe]: RemindMeDetail;
  [EVENTS.showLive]: ShowLiveDetail;
  [EVENTS.ready]: ReadyDetail;
  [EVENTS.firstFrame]: FirstFrameDetail;
  [EVENTS.stall]: StallDetail;
  [EVENTS.qualityChange]: QualityChangeDetail;
  [EVENTS.error]: ShopliveErrorDetail;
  [EVENTS.engineChange]: EngineChangeDetail;
  [EVENTS.networkQuality]: NetworkQualityDetail;
  [EVENTS.publisher]: PublisherDetail;
  [EVENTS.qoe]: QoeDetail;
  [EVENTS.addToCart]: AddToCartDetail;
  [EVENTS.productView]: ProductViewDetail;
  [EVENTS.productClick]: ProductClickDetail;
  [EVENTS.checkout]: CheckoutDetail;
  [EVENTS.sizeRequest]: SizeRequestDetail;
  [EVENTS.sizeRecommended]: SizeRecommendedDetail;
  [EVENTS.variantChange]: VariantChangeDetail;
  [EVENTS.feedback]: FeedbackDetail;
  [EVENTS.fixChosen]: FixChosenDetail;
  [EVENTS.miniPlayer]: MiniPlayerDetail;
  [EVENTS.question]: QuestionDetail;
}

export type ShopliveEventName = keyof ShopliveEventDetails;
export type ShopliveEventMap = { [K in ShopliveEventName]: CustomEvent<ShopliveEventDetails[K]> };

// Every event bubbles and is composed, so it reaches the element, its ancestors, the document and the window.
declare global {
  interface GlobalEventHandlersEventMap extends ShopliveEventMap {}
  interface HTMLElementEventMap extends ShopliveEventMap {}
  interface DocumentEventMap extends ShopliveEventMap {}
  interface WindowEventMap extends ShopliveEventMap {}
}

const PLAYER_ERROR_CODES: ReadonlySet<string> = new Set<PlayerErrorCode>([
  'invalid-src', 'unsafe-src', 'unsupported', 'engine-load', 'manifest', 'network', 'media', 'playlist-stale', 'segment-skipped',
  'refused-url', 'refused-data', 'limit-exceeded', 'untrusted-publisher',
]);

/** Whether a `shoplive-error` came from playback (its code is a player code). */
export function isPlayerError(detail: ShopliveErrorDetail): detail is PlayerErrorDetail {
  return PLAYER_ERROR_CODES.has(detail.code);
}

export interface EmitOptions {
  /** Requests the listener may refuse or take over (`preventDefault()`); false by default. */
  cancelable?: boolean;
  /** True by default: every `shoplive-*` event bubbles. */
  bubbles?: boolean;
  /** True by default: every `shoplive-*` event crosses shadow roots. */
  composed?: boolean;
}

/**
 * Sends `name` from `target`, bubbling and composed unless told otherwise, and returns the event so a cancelable
 * request can be checked (`emit(…).defaultPrevented`). Never throws: a host's listener cannot break the SDK.
 */
export function emit<K extends ShopliveEventName>(
  target: EventTarget,
  name: K,
  detail: ShopliveEventDetails[K],
  options: EmitOptions = {},
): CustomEvent<ShopliveEventDetails[K]> {
  const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
  try {
    target.dispatchEvent(event);
  } catch (error) {
    // dispatchEvent reports listener errors instead of rethrowing; it throws only for a detached or exotic target,
    // or in a polyfilled environment.
    log.error(`sending ${name} failed`, error);
  }
  return event;
}
