// Fit notes: where the estimated body sits inside the recommended size's range, per measurement.
import type { Chart, FitNote, FitNoteLevel, Measurement } from './types.js';

/** Upper share of a range that reads as "snug". */
const SNUG_FROM = 0.75;
const ORDER: readonly Measurement[] = ['chest', 'waist', 'hip', 'shoulder'];

export function fitNotes(chart: Chart, index: number, estimate: Readonly<Record<Measurement, number>>, deciding: readonly Measurement[]): FitNote[] {
  const size = chart.sizes[index];
  if (!size) return [];
  const last = chart.sizes.length - 1;
  return ORDER.flatMap((m): FitNote[] => {
    const range = size[m];
    if (!range) return [];
    const value = estimate[m];
    const [lo, hi] = range;
    const level: FitNoteLevel = value >= hi ? 'tight' : value < lo ? 'loose' : (value - lo) / (hi - lo) >= SNUG_FROM ? 'snug' : 'good';
    // Past the chart's ends the answer was clamped: say so for the measurements that decide the size.
    const outside =
      deciding.includes(m) && index === 0 && value < lo ? 'below-smallest' : deciding.includes(m) && index === last && value >= hi ? 'above-largest' : undefined;
    return [{ measurement: m, fit: level, ...(outside ? { outside } : {}) }];
  });
}
