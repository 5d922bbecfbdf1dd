// Size from a chart's height/weight table. Two readings:
// - tableRuleIndex: what a shopper does with the table (the evaluation's baseline): the row containing both
//   height and weight (the larger if several), else the row nearest by range-width-normalized distance.
// - tableProbabilities: the engine's probabilistic reading. The shopper's weight gives a fractional row position
//   (piecewise linear through the rows' weight midpoints: halfway between M's and L's midpoints is 2.5 if M is
//   row 2), and a normal spread in "rows" around it gives each row its probability, the end rows taking the tails.
//   Height is used only when the table does not vary weight: the sizes judged here are girths, which follow
//   weight; at a fixed weight a taller body is slimmer, so a table's rising heights (there for length) would
//   push the wrong way — blending height in cost 10–17 points of accuracy in the evaluation. The spread was tuned
//   on the training folds for calibration (docs/size-accuracy.md).
import { normalCdf, normalize } from './stats.js';
import type { ChartSize, HeightWeightRow, Range } from './types.js';

/** Spread (SD, in rows) of the true size around the table's position. */
export const TABLE_SPREAD = 0.75;

function distanceOutside(value: number, [lo, hi]: Range): number {
  return value < lo ? (lo - value) / (hi - lo) : value >= hi ? (value - hi) / (hi - lo) : 0;
}

/** Index into `rows` chosen by the plain table rule (rows smallest first). */
export function tableRuleIndex(rows: readonly HeightWeightRow[], heightCm: number, weightKg: number): number {
  let best = 0;
  let bestDistance = Infinity;
  rows.forEach((row, i) => {
    const d = distanceOutside(heightCm, row.height) + distanceOutside(weightKg, row.weight);
    if (d <= bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * Fractional row position of `value` from the rows' midpoints in one dimension. Rows sharing a midpoint are
 * merged (their mean index); beyond the ends the outermost segment's slope continues.
 */
export function rowPosition(rows: readonly HeightWeightRow[], key: 'height' | 'weight', value: number): number {
  const points: { x: number; k: number; n: number }[] = [];
  rows.forEach((row, k) => {
    const x = (row[key][0] + row[key][1]) / 2;
    const last = points[points.length - 1];
    if (last && Math.abs(last.x - x) < 1e-9) [last.k, last.n] = [(last.k * last.n + k) / (last.n + 1), last.n + 1];
    else points.push({ x, k, n: 1 });
  });
  if (points.length === 1) return points[0]!.k;
  let i = 1;
  while (i < points.length - 1 && value > points[i]!.x) i++;
  const [a, b] = [points[i - 1]!, points[i]!];
  return a.k + ((value - a.x) / (b.x - a.x)) * (b.k - a.k);
}

/** Probability per size of `sizes` (0 for sizes without a row). */
export function tableProbabilities(
  sizes: readonly ChartSize[],
  rows: readonly HeightWeightRow[],
  heightCm: number,
  weightKg: number,
  spread = TABLE_SPREAD,
): number[] {
  const varies = (key: 'height' | 'weight') => new Set(rows.map((r) => r[key][0] + r[key][1])).size > 1;
  const position = varies('weight') || !varies('height') ? rowPosition(rows, 'weight', weightKg) : rowPosition(rows, 'height', heightCm);
  const last = rows.length - 1;
  const rowProbability = (k: number) => {
    const upper = k === last ? 1 : normalCdf((k + 0.5 - position) / spread);
    const lower = k === 0 ? 0 : normalCdf((k - 0.5 - position) / spread);
    return Math.max(0, upper - lower);
  };
  return normalize(sizes.map((size) => {
    const k = rows.findIndex((r) => r.label === size.label);
    return k < 0 ? 0 : rowProbability(k);
  }));
}
