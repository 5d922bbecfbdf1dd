// From size probabilities to one answer: the most probable size, except that when its neighbour is nearly as
// likely ("between sizes") the shopper's fit preference picks between the two.
import type { FitPreference } from './types.js';

/** The neighbour counts as a near-tie when it has at least this share of the leader's probability. */
export const BETWEEN_RATIO = 0.6;
/** ...and at least this probability of its own. */
export const BETWEEN_MIN = 0.2;

export interface Decision {
  readonly index: number;
  /** Indices of the two neighbouring sizes, smaller first, when the shopper is between them. */
  readonly between?: readonly [number, number];
}

export function decide(probabilities: readonly number[], fit: FitPreference): Decision {
  let best = 0;
  // `>=`: on an exact tie the larger size wins, as in the ground-truth rule.
  probabilities.forEach((p, i) => (p >= probabilities[best]! ? (best = i) : undefined));
  const below = probabilities[best - 1] ?? -1;
  const above = probabilities[best + 1] ?? -1;
  const neighbour = above >= below ? best + 1 : best - 1;
  const pn = probabilities[neighbour] ?? 0;
  if (pn < BETWEEN_MIN || pn < BETWEEN_RATIO * probabilities[best]!) return { index: best };
  const pair = [Math.min(best, neighbour), Math.max(best, neighbour)] as const;
  const index = fit === 'snug' ? pair[0] : fit === 'loose' ? pair[1] : best;
  return { index, between: pair };
}
