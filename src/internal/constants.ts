/** Every public event name in one place, so listeners and emitters cannot drift apart. */
export const EVENTS = {
  ready: 'shoplive-ready',
  firstFrame: 'shoplive-first-frame',
  stall: 'shoplive-stall',
  qualityChange: 'shoplive-quality-change',
  error: 'shoplive-error',
} as const;

export type ShopliveEventName = (typeof EVENTS)[keyof typeof EVENTS];

/** The package version, used to warn when two different copies register the same tags. */
export const VERSION = '0.1.0';

/** Tag names of every element the script-tag loader knows about. */
export const TAGS = {
  player: 'shoplive-player',
} as const;
