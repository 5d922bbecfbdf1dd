// The rule a recommendation is judged by (issue 6): the right size is the one whose ranges contain the wearer's
// measurements for the category; where measurements fall in different sizes, the larger. Below the smallest or
// above the largest range the answer is clamped to that end of the chart; a value in a gap between two ranges
// counts as the larger size (in doubt, the garment that still closes).
import type { Category, Chart, ChartSize, Measurement } from './types.js';

const BY_CATEGORY: Record<Category, readonly Measurement[]> = {
  tops: ['chest'],
  bottoms: ['waist', 'hip'],
  dresses: ['chest', 'waist', 'hip'],
  outerwear: ['chest', 'waist', 'hip'],
};

/** Measurements that decide the size for this chart: the category's ones that the chart actually gives. */
export function decidingMeasurements(chart: Pick<Chart, 'category' | 'sizes'>): Measurement[] {
  const first = chart.sizes[0];
  return first ? BY_CATEGORY[chart.category].filter((m) => first[m] !== undefined) : [];
}

export function categoryMeasurements(category: Category): readonly Measurement[] {
  return BY_CATEGORY[category];
}

/** Index of the size whose range for `m` contains value, clamped to the chart's ends; gaps go to the larger. */
export function rangeIndex(sizes: readonly ChartSize[], m: Measurement, value: number): number {
  for (let i = 0; i < sizes.length; i++) {
    if (value < sizes[i]![m]![1]) return i;
  }
  return sizes.length - 1;
}

export type Body = Partial<Record<Measurement, number>>;

/** The ground-truth size index for a body on a chart with body ranges (-1 if the chart has none). */
export function groundTruthIndex(chart: Pick<Chart, 'category' | 'sizes'>, body: Body): number {
  let index = -1;
  for (const m of decidingMeasurements(chart)) {
    const value = body[m];
    if (value === undefined || !Number.isFinite(value)) continue;
    index = Math.max(index, rangeIndex(chart.sizes, m, value));
  }
  return index;
}

/** The ground-truth size label (undefined when the chart has no body ranges for its category). */
export function groundTruthSize(chart: Pick<Chart, 'category' | 'sizes'>, body: Body): string | undefined {
  const index = groundTruthIndex(chart, body);
  return index >= 0 ? chart.sizes[index]!.label : undefined;
}
