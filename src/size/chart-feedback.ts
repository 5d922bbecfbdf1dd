// Reads a chart's `fitFeedback` (counted post-purchase fit reports per size). Rows must name sizes of the chart;
// counts are whole numbers with a ceiling, so a host's data cannot make the engine do unbounded work or overflow.
import { CHART_LIMITS, describe, isRecord, Problems, readLabel, withinLimit } from './chart-fields.js';
import type { FitFeedback } from './types.js';

/** Reports counted per size and answer at most (a big shop's seasons of orders); more is refused. */
export const MAX_FEEDBACK_COUNT = 10_000_000;
const KEYS = ['tooSmall', 'justRight', 'tooLarge'] as const;

export function readFitFeedback(value: unknown, labels: readonly string[] | undefined, problems: Problems): FitFeedback[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.add('fitFeedback', `must be a list of { label, tooSmall, justRight, tooLarge }, got ${describe(value)}`);
    return undefined;
  }
  if (!withinLimit(value, CHART_LIMITS.sizes, 'fitFeedback', 'rows', problems)) return undefined;
  const rows: FitFeedback[] = [];
  value.forEach((entry, i) => {
    const path = `fitFeedback[${i}]`;
    if (!isRecord(entry)) return problems.add(path, `must be an object, got ${describe(entry)}`);
    const label = readLabel(entry['label'], `${path}.label`, problems);
    if (label && labels && !labels.includes(label)) problems.add(`${path}.label`, `'${label}' is not one of the sizes`);
    const counts = KEYS.map((k) => {
      const n = entry[k] ?? 0;
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_FEEDBACK_COUNT) return n;
      problems.add(`${path}.${k}`, `must be a whole number from 0 to ${MAX_FEEDBACK_COUNT}, got ${describe(n)}`);
      return 0;
    });
    if (label) rows.push({ label, tooSmall: counts[0]!, justRight: counts[1]!, tooLarge: counts[2]! });
  });
  return rows;
}
