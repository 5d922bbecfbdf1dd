// The `aspect-ratio` attribute's grammar, shared by the player and the script-tag loader (which reserves the box of a
// player not yet defined): no imports, so the loader stays small.

/** A width / height pair, both positive. */
export interface Ratio {
  width: number;
  height: number;
}

/** Narrower than 1:5 or wider than 5:1 is no picture a shop streams: refused (a typo such as `916`). */
const MIN_RATIO = 0.2;
const MAX_RATIO = 5;
const MAX_INPUT_CHARS = 32;

/** `9/16`, `9 / 16`, `9:16` or a number (`0.5625`); null for anything else, or out of range. */
export function parseRatio(text: string | null | undefined): Ratio | null {
  const input = (text ?? '').trim();
  if (!input || input.length > MAX_INPUT_CHARS) return null;
  const match = /^(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?$/.exec(input);
  if (!match) return null;
  const width = Number(match[1]);
  const height = match[2] === undefined ? 1 : Number(match[2]);
  return usable({ width, height });
}

/** The ratio when both sides are positive and it is within 1:5 to 5:1; else null. */
export function usable(ratio: Ratio): Ratio | null {
  const { width, height } = ratio;
  if (!(width > 0 && height > 0) || !Number.isFinite(width / height)) return null;
  const value = width / height;
  return value >= MIN_RATIO && value <= MAX_RATIO ? ratio : null;
}
