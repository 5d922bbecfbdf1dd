/**
 * The player's replay configuration (docs/replay.md), declared here so that the replay capability owns its names;
 * `<shoplive-player>` merges them into its properties and its type.
 */
export interface ReplayOptions {
  /** URL of the show's replay: offered ("Watch the replay") when the live show ends, and played without a reload. */
  replaySrc?: string;
  /** Where a recording starts: seconds (`90`, `90.5`) or a clock (`1:30`, `1:02:03`). */
  startAt?: string;
  /** Start a recording at this product's chapter (and show its card). */
  startProduct?: string;
  /** Chapters from the host, instead of the stream's product cues: JSON text or an array (docs/replay.md). */
  chapters?: unknown;
  /** "Share this moment" link template: `{t}` becomes the position in seconds, `{product}` the product on screen. */
  shareUrl?: string;
}

export const REPLAY_PROPERTIES = {
  replaySrc: { attribute: 'replay-src' },
  startAt: { attribute: 'start-at' },
  startProduct: { attribute: 'start-product' },
  chapters: {},
  shareUrl: { attribute: 'share-url' },
} as const;
