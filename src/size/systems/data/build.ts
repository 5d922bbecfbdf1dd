// Small builders for size tables: most systems step a body measurement evenly, so tables are written as
// label + centre + step and expanded here, rather than as long hand-typed range lists.
import type { Range } from '../../types.js';
import type { SystemSize } from '../types.js';

export const CM_PER_IN = 2.54;

/** `[centre - width/2, centre + width/2)`, rounded to 0.1 cm. */
export function around(centre: number, width: number): Range {
  return [round(centre - width / 2), round(centre + width / 2)];
}

/** Contiguous ranges from boundary points: `[edges[i], edges[i + 1])`. */
export function fromEdges(edges: readonly number[]): Range[] {
  return edges.slice(1).map((hi, i) => [round(edges[i]!), round(hi)] as const);
}

/** Sizes labelled by an inch measurement (e.g. waist 32): each covers `[n - step/2, n + step/2)` inches. */
export function inchSizes(key: 'chest' | 'waist', labels: readonly number[], stepIn: number): SystemSize[] {
  return labels.map((n) => ({ label: String(n), [key]: around(n * CM_PER_IN, stepIn * CM_PER_IN) }));
}

/** Zips labels with one or more range columns. */
export function zipSizes(labels: readonly string[], columns: Partial<Record<'chest' | 'waist' | 'hip', readonly Range[]>>, extra?: (i: number) => Partial<SystemSize>): SystemSize[] {
  return labels.map((label, i) => ({
    label,
    ...Object.fromEntries(Object.entries(columns).map(([k, ranges]) => [k, ranges[i]!])),
    ...(extra ? extra(i) : {}),
  }));
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
