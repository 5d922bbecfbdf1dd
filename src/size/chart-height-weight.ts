// The optional height/weight table of a chart. Rows may overlap (real tables often share a height band between
// two sizes), but going up the sizes neither height nor weight may go down.
import { checkLabelOrder } from './chart-order.js';
import { CHART_LIMITS, checkPlausible, describe, isRecord, type Problems, readLabel, readRange, withinLimit } from './chart-fields.js';
import type { HeightWeightRow } from './types.js';

export interface ReadTable {
  readonly rows: HeightWeightRow[];
  /** Labels smallest first. */
  readonly order: string[];
}

/**
 * @param labels the chart's size labels in validated order, or undefined when the chart has no sizes list
 * (then the table defines the sizes).
 */
export function readHeightWeight(
  value: unknown,
  labels: readonly string[] | undefined,
  lengthFactor: number,
  weightFactor: number,
  problems: Problems,
): ReadTable | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add('heightWeight', Array.isArray(value) ? 'is empty: list at least one row or leave it out' : `must be a list of { label, height, weight } rows, got ${describe(value)}`);
    return undefined;
  }
  if (!withinLimit(value, CHART_LIMITS.heightWeightRows, 'heightWeight', 'rows', problems)) return undefined;
  const before = problems.list.length;
  const seen = new Map<string, number>();
  const rows: (HeightWeightRow & { index: number })[] = [];
  value.forEach((entry, index) => {
    const path = `heightWeight[${index}]`;
    if (!isRecord(entry)) return problems.add(path, `must be an object { label, height, weight }, got ${describe(entry)}`);
    const label = readLabel(entry['label'], `${path}.label`, problems);
    if (label && seen.has(label)) problems.add(`${path}.label`, `duplicate label '${label}' (also heightWeight[${seen.get(label)}])`);
    else if (labels && labels.length > 0 && !labels.includes(label)) problems.add(`${path}.label`, `'${label}' is not one of the sizes (${labels.join(', ')})`);
    if (label) seen.set(label, index);
    const height = readRange(entry['height'], `${path}.height`, problems, lengthFactor);
    const weight = readRange(entry['weight'], `${path}.weight`, problems, weightFactor);
    const heightOk = height !== undefined && checkPlausible(height, [50, 250], `${path}.height`, 'height in cm', problems);
    const weightOk = weight !== undefined && checkPlausible(weight, [10, 300], `${path}.weight`, 'weight in kg', problems);
    if (label && heightOk && weightOk) rows.push({ index, label, height, weight });
  });
  if (problems.list.length !== before) return undefined;

  const rank = (row: HeightWeightRow) => (labels && labels.length > 0 ? labels.indexOf(row.label) : 0);
  const sorted = rows.slice().sort((a, b) => rank(a) - rank(b) || a.weight[0] - b.weight[0] || a.height[0] - b.height[0]);
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1]!, sorted[k]!];
    for (const key of ['height', 'weight'] as const) {
      if (b[key][0] < a[key][0] || b[key][1] < a[key][1]) {
        problems.add(`heightWeight[${b.index}].${key}`, `[${b[key][0]}, ${b[key][1]}) goes below '${a.label}' [${a[key][0]}, ${a[key][1]}) although '${b.label}' is the larger size`);
      }
    }
  }
  if (!labels || labels.length === 0) checkLabelOrder(sorted, 'height and weight', problems, 'heightWeight');
  if (problems.list.length !== before) return undefined;
  return { rows: sorted.map(({ label, height, weight }) => ({ label, height, weight })), order: sorted.map((r) => r.label) };
}
