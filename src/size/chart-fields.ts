// Field readers for chart validation: each either returns a clean value or records an error naming the field,
// and none of them throws, whatever the input.
import { stripInvisible } from '../internal/text.js';
import type { ChartError, Range } from './types.js';

/** Limits on a seller's chart: past them the chart is refused with an error naming the limit. */
export const CHART_LIMITS = {
  sizes: 40,
  heightWeightRows: 200,
  /** Characters of a size label ("XL", "M (165/88A)", "EU 38"). */
  label: 40,
  /** Characters of the chart's `system` name. */
  system: 20,
} as const;

export class Problems {
  readonly list: ChartError[] = [];
  /** Garbage can produce thousands of errors; the first ones are enough to fix the chart. */
  add(path: string, message: string): void {
    if (this.list.length < 50) this.list.push({ path, message });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
  } catch {
    return typeof value;
  }
}

/** One of `allowed`, else an error; `fallback` when the field is absent (undefined: the field is required). */
export function readEnum<T extends string>(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  problems: Problems,
  fallback?: T,
): T | undefined {
  const value = record[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.add(key, value === undefined ? `is required: one of ${allowed.join(', ')}` : `unknown ${key} ${describe(value)}: expected one of ${allowed.join(', ')}`);
  return undefined;
}

/** A finite, non-negative number times `factor` (unit conversion), else an error. */
export function readNumber(value: unknown, path: string, problems: Problems, factor = 1): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.add(path, `must be a finite number, got ${describe(value)}`);
    return undefined;
  }
  if (value < 0) {
    problems.add(path, `must not be negative, got ${value}`);
    return undefined;
  }
  return round(value * factor);
}

/** `[min, max]` with min < max (both finite, non-negative), times `factor`, else an error. */
export function readRange(value: unknown, path: string, problems: Problems, factor = 1): Range | undefined {
  if (!Array.isArray(value) || value.length !== 2) {
    problems.add(path, `must be a [min, max] pair, got ${describe(value)}`);
    return undefined;
  }
  const before = problems.list.length;
  const min = readNumber(value[0], `${path}[0]`, problems, factor);
  const max = readNumber(value[1], `${path}[1]`, problems, factor);
  if (min === undefined || max === undefined) return undefined;
  if (min >= max) {
    problems.add(path, `min must be less than max, got [${value[0]}, ${value[1]}]`);
    return undefined;
  }
  return problems.list.length === before ? [min, max] : undefined;
}

/** Error when a value (already in cm or kg) is outside what a human body can have: usually a wrong unit. */
export function checkPlausible(value: Range | number, [lo, hi]: readonly [number, number], path: string, what: string, problems: Problems): boolean {
  const [a, b] = typeof value === 'number' ? [value, value] : value;
  if (a >= lo && b <= hi) return true;
  problems.add(path, `${describe(value)} is not a plausible ${what} (expected ${lo}–${hi} after unit conversion): is the unit right?`);
  return false;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * A size label: bidi controls and invisible characters removed (a label ending in U+202E would reverse the sentence
 * it is shown in), trimmed, at most `CHART_LIMITS.label` characters. '' (with an error) when unusable.
 */
export function readLabel(value: unknown, path: string, problems: Problems): string {
  const label = typeof value === 'string' ? stripInvisible(value).trim() : '';
  if (!label) problems.add(path, value === undefined ? 'is missing' : `must be a non-empty string, got ${describe(value)}`);
  else if (label.length > CHART_LIMITS.label) problems.add(path, `is longer than ${CHART_LIMITS.label} characters`);
  else return label;
  return '';
}

/** Error when a list is longer than `limit`: its entries are then not read at all. */
export function withinLimit(list: readonly unknown[], limit: number, path: string, what: string, problems: Problems): boolean {
  if (list.length <= limit) return true;
  problems.add(path, `has ${list.length} ${what}; at most ${limit} are accepted`);
  return false;
}
