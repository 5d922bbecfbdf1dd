// Learning from fit reports: how a garment really runs, from what earlier buyers of each size said. Model: the
// garment fits as if every body range of the chart were moved by `shift` cm (negative: it runs small). A buyer of
// size k sits somewhere in k's stated band (uniformly), blurred by how people pick sizes (normal, SD `spread`,
// unknown: integrated over a few values); they say "too small" when their body is above the true band, "too large"
// below it. A share of answers is noise. With a normal prior on the shift (SD PRIOR_SD_CM), a handful of reports
// moves little and hundreds pin it down.
import { decidingMeasurements } from './ground-truth.js';
import { normalCdf } from './stats.js';
import type { Chart, FitFeedback } from './types.js';

export const SHIFT_GRID_CM: readonly number[] = Array.from({ length: 49 }, (_, i) => -12 + i * 0.5);
const PRIOR_SD_CM = 2.5;
const SPREADS_CM = [1.5, 3, 5];
/** Share of reports that are noise (wrong button, the colour, the fabric). */
const NOISE = 0.1;
const QUADRATURE = 16;

export interface ShiftPosterior {
  readonly shifts: readonly number[];
  readonly weights: readonly number[];
  readonly meanCm: number;
  /** Probability that the garment runs small (shift < 0). */
  readonly pSmall: number;
  readonly reports: number;
}

/** P(too small), P(too large) for a buyer of a band `width` cm wide when the true band is moved by `shift`. */
function reportProbabilities(width: number, shift: number, spread: number): [number, number] {
  let small = 0;
  let large = 0;
  for (let q = 0; q < QUADRATURE; q++) {
    const u = ((q + 0.5) / QUADRATURE) * width;
    small += 1 - normalCdf((width + shift - u) / spread);
    large += normalCdf((shift - u) / spread);
  }
  return [(1 - NOISE) * (small / QUADRATURE) + NOISE / 3, (1 - NOISE) * (large / QUADRATURE) + NOISE / 3];
}

/** Mean width of each size's bands over the measurements that decide the size. */
function bandWidths(chart: Chart): number[] {
  const deciding = decidingMeasurements(chart);
  return chart.sizes.map((s) => deciding.reduce((sum, m) => sum + (s[m]![1] - s[m]![0]), 0) / Math.max(1, deciding.length));
}

export function shiftPosterior(chart: Chart, feedback: readonly FitFeedback[]): ShiftPosterior | undefined {
  const widths = bandWidths(chart);
  const rows = feedback.flatMap((f) => {
    const k = chart.sizes.findIndex((s) => s.label === f.label);
    return k >= 0 && widths[k]! > 0 ? [{ width: widths[k]!, ...f }] : [];
  });
  const reports = rows.reduce((s, r) => s + r.tooSmall + r.justRight + r.tooLarge, 0);
  if (reports === 0 || decidingMeasurements(chart).length === 0) return undefined;
  const logPost = SHIFT_GRID_CM.map((shift) => {
    const perSpread = SPREADS_CM.map((spread) =>
      rows.reduce((sum, r) => {
        const [ps, pl] = reportProbabilities(r.width, shift, spread);
        return sum + r.tooSmall * Math.log(ps) + r.tooLarge * Math.log(pl) + r.justRight * Math.log(Math.max(1e-12, 1 - ps - pl));
      }, 0),
    );
    const top = Math.max(...perSpread);
    return top + Math.log(perSpread.reduce((s, v) => s + Math.exp(v - top), 0) / SPREADS_CM.length) - (shift * shift) / (2 * PRIOR_SD_CM ** 2);
  });
  const top = Math.max(...logPost);
  const raw = logPost.map((v) => Math.exp(v - top));
  const total = raw.reduce((s, v) => s + v, 0);
  const weights = raw.map((v) => v / total);
  // Keep the grid points that matter: each costs a pass over the draws.
  const kept = SHIFT_GRID_CM.map((shift, i) => ({ shift, w: weights[i]! })).filter((p) => p.w >= 1e-3);
  const keptTotal = kept.reduce((s, p) => s + p.w, 0);
  return {
    shifts: kept.map((p) => p.shift),
    weights: kept.map((p) => p.w / keptTotal),
    meanCm: SHIFT_GRID_CM.reduce((s, shift, i) => s + shift * weights[i]!, 0),
    pSmall: SHIFT_GRID_CM.reduce((s, shift, i) => s + (shift < 0 ? weights[i]! : 0), 0),
    reports,
  };
}

/** How far (cm) and how surely the garment must be off its chart before the shopper is told. */
const RUNS_CM = 1;
const RUNS_P = 0.9;

/** What the reports say of the garment as a whole: told only when it is off by a centimetre or more, 90 % surely. */
export function howItRuns(posterior: ShiftPosterior): 'small' | 'large' | 'true-to-size' {
  if (posterior.meanCm <= -RUNS_CM && posterior.pSmall >= RUNS_P) return 'small';
  if (posterior.meanCm >= RUNS_CM && posterior.pSmall <= 1 - RUNS_P) return 'large';
  return 'true-to-size';
}

export type FitReport = { readonly label: string; readonly fit: 'too-small' | 'just-right' | 'too-large' };

/** Counts raw post-purchase answers per size: the `fitFeedback` a chart carries. Unknown answers are skipped. */
export function aggregateFitReports(reports: readonly FitReport[]): FitFeedback[] {
  const bySize = new Map<string, { label: string; tooSmall: number; justRight: number; tooLarge: number }>();
  for (const r of Array.isArray(reports) ? reports : []) {
    if (typeof r !== 'object' || r === null || typeof r.label !== 'string') continue;
    const key = r.fit === 'too-small' ? 'tooSmall' : r.fit === 'just-right' ? 'justRight' : r.fit === 'too-large' ? 'tooLarge' : undefined;
    if (!key) continue;
    let row = bySize.get(r.label);
    if (!row) bySize.set(r.label, (row = { label: r.label, tooSmall: 0, justRight: 0, tooLarge: 0 }));
    row[key]++;
  }
  return [...bySize.values()];
}
