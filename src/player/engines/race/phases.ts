import type { EngineChangeReason } from '../engine.js';

/**
 * Where the start race is (docs/rtc.md, "The race's phases"):
 * - `idle`: created, `start()` not called yet.
 * - `bridging`: HLS is in the player's video (playing, loading, or failed with its error held back) while RTC joins
 *   and decodes into a hidden probe element. Owns the rtc-timeout and the reconnect budget.
 * - `probing`: RTC is tried in the player's video itself, with no HLS picture (`hlsWhileRacing` `warm` or `none`, or
 *   no `src`); HLS may be warmed up. Owns the rtc-timeout and the reconnect budget.
 * - `rtc`: RTC is on screen in the player's video; HLS is stopped. Owns the reconnect budget.
 * - `fallback`: RTC was given up (or never tried: no Agora configuration, `prefer="hls"`): HLS alone, or, with no
 *   `src` or a failed HLS, the fatal error. Owns nothing.
 * - `done`: destroyed; nothing runs.
 */
export type RacePhase = 'idle' | 'bridging' | 'probing' | 'rtc' | 'fallback' | 'done';

/** Why RTC was given up: every engine-change reason but the switch to RTC. */
export type GiveUpReason = Exclude<EngineChangeReason, 'rtc-ready'>;

/** The moves the race can make, each with its reason (a give-up also with the message for a fatal error). */
export type Transition =
  | ['bridging', 'start']
  | ['probing', 'start']
  | ['rtc', 'rtc-ready']
  | ['fallback', 'hls-only']
  | ['fallback', GiveUpReason, string]
  | ['done', 'destroyed'];

/** From each phase, the phases it may move to; any other move is ignored (RTC given up twice, a frame after a fallback). */
export const NEXT: Readonly<Record<RacePhase, readonly RacePhase[]>> = {
  idle: ['bridging', 'probing', 'fallback', 'done'],
  bridging: ['rtc', 'fallback', 'done'],
  probing: ['rtc', 'fallback', 'done'],
  rtc: ['fallback', 'done'],
  fallback: ['done'],
  done: [],
};

/** RTC is tried or on screen: a failing HLS is not shown, it is kept for when RTC fails too. */
export function rtcInPlay(phase: RacePhase): boolean {
  return phase === 'bridging' || phase === 'probing' || phase === 'rtc';
}
