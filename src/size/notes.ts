// Fit notes: where the estimated body sits in the recommended size, per measurement, and — when the body is near
// the top of a size — which size it fits and which gives room, so the notes explain the choice instead of
// contradicting it ("loose" everywhere in L while the body sits at the top of M reads as nonsense).
import { groundTruthIndex } from './ground-truth.js';
import type { Category, Chart, FitNote, FitNoteLevel, Measurement, Recommendation } from './types.js';

/** Upper share of a range that reads as "snug" (close to the size's upper limit)... */
const SNUG_FROM = 0.75;
/** ...and so does being within this many cm of the top, whatever the band's width. */
const NEAR_TOP_CM = 1;
/**
 * "Loose" only for real room: the size's middle is at least this many cm above the body, beyond the ease the
 * garment is cut with anyway. About one 8 cm band's half-width plus 2 cm for circumferences worn over the body
 * (tops, dresses), less for bottoms (a waistband 4 cm too big slips), more for outerwear (worn over clothes).
 * Below the size's range by less than this, the note says "roomy".
 */
export const LOOSE_CM: Readonly<Record<Category, number>> = { tops: 6, dresses: 6, outerwear: 8, bottoms: 4 };
const ORDER: readonly Measurement[] = ['chest', 'waist', 'hip', 'shoulder'];

type Estimate = Readonly<Record<Measurement, number>>;

function levelOf(value: number, [lo, hi]: readonly [number, number], looseCm: number): { fit: FitNoteLevel; roomCm?: number } {
  if (value >= hi) return { fit: 'tight' };
  if (value >= lo) return { fit: (value - lo) / (hi - lo) >= SNUG_FROM || hi - value <= NEAR_TOP_CM ? 'snug' : 'good' };
  const roomCm = Math.round(((lo + hi) / 2 - value) * 10) / 10;
  return { fit: roomCm >= looseCm ? 'loose' : 'roomy', roomCm };
}

export function fitNotes(chart: Chart, index: number, estimate: Estimate, deciding: readonly Measurement[]): FitNote[] {
  const size = chart.sizes[index];
  if (!size) return [];
  const last = chart.sizes.length - 1;
  return ORDER.flatMap((m): FitNote[] => {
    const range = size[m];
    if (!range) return [];
    const value = estimate[m];
    const level = levelOf(value, range, LOOSE_CM[chart.category]);
    // Past the chart's ends the answer was clamped: say so for the measurements that decide the size.
    const outside =
      deciding.includes(m) && index === 0 && value < range[0] ? 'below-smallest' : deciding.includes(m) && index === last && value >= range[1] ? 'above-largest' : undefined;
    return [{ measurement: m, ...level, ...(outside ? { outside } : {}) }];
  });
}

/**
 * The size the estimated body falls in, when it sits close to that size's upper limit in some deciding
 * measurements and a larger size exists: "M fits, close to its upper limit at waist and hip; L gives room".
 * Only when the recommendation is that size or the next (otherwise the sentence would not explain it).
 */
export function boundaryOf(chart: Chart, recommended: number, estimate: Estimate, deciding: readonly Measurement[]): Recommendation['boundary'] {
  const fits = groundTruthIndex(chart, estimate);
  const size = chart.sizes[fits];
  const larger = chart.sizes[fits + 1];
  if (!size || !larger || (recommended !== fits && recommended !== fits + 1)) return undefined;
  const near = deciding.filter((m) => {
    const range = size[m]!;
    return levelOf(estimate[m], range, LOOSE_CM[chart.category]).fit === 'snug';
  });
  return near.length > 0 ? { fits: size.label, near, larger: larger.label } : undefined;
}
