// A plain size table from a chart the engine cannot use: the shopper still sees the seller's numbers (those that can be
// measures), and no size is
// recommended from data that failed validation. Values are shown as the seller wrote them, as text, without bidi
// controls or invisible characters; a column whose name has some is left out.
import { cleanText, stripInvisible } from '../../internal/text.js';

export interface PlainTable {
  /** The chart's length unit as written ('cm', 'in'), or '' when it did not say or said something unknown. */
  readonly unit: string;
  /** The unit of a `weight` column ('kg' or 'lb'). */
  readonly weightUnit: 'kg' | 'lb';
  /** Column keys as the seller named them (chest, waist, length...). */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[] }[];
}

const MAX_ROWS = 30;
const MAX_COLUMNS = 8;
const SKIP = new Set(['label', 'fit']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Measures of a body or a garment, in any unit: beyond this a number is not a measure (1e308 would be 309 digits). */
const MAX_SHOWN = 100_000;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < MAX_SHOWN;

function cell(value: unknown, format: (n: number) => string): string | undefined {
  if (isNumber(value)) return format(value);
  if (Array.isArray(value) && value.length === 2 && value.every(isNumber)) return `${format(value[0])}–${format(value[1])}`;
  return undefined;
}

/**
 * The table, or undefined when the chart has no row with a label and at least one number, or cannot be read at all
 * (a Proxy whose traps throw: the refusal of the chart is already reported).
 */
export function plainTable(chart: unknown, format: (n: number) => string): PlainTable | undefined {
  try {
    return readTable(chart, format);
  } catch {
    return undefined;
  }
}

function readTable(chart: unknown, format: (n: number) => string): PlainTable | undefined {
  if (!isRecord(chart)) return undefined;
  const unit = chart['unit'] === 'cm' || chart['unit'] === 'in' ? chart['unit'] : '';
  const weightUnit = chart['weightUnit'] === 'kg' || chart['weightUnit'] === 'lb' ? chart['weightUnit'] : unit === 'in' ? 'lb' : 'kg';
  for (const listName of ['sizes', 'heightWeight']) {
    const list = chart[listName];
    if (!Array.isArray(list)) continue;
    const entries = list.filter(isRecord).filter((entry) => typeof entry['label'] === 'string' && entry['label'].trim() !== '').slice(0, MAX_ROWS);
    const columns: string[] = [];
    for (const entry of entries) {
      for (const [key, value] of Object.entries(entry)) {
        if (!SKIP.has(key) && !columns.includes(key) && cell(value, format) !== undefined && columns.length < MAX_COLUMNS && stripInvisible(key) === key && key.length <= 40) columns.push(key);
      }
    }
    if (columns.length === 0) continue;
    const rows = entries.map((entry) => ({
      label: cleanText((entry['label'] as string).trim(), 40),
      cells: columns.map((key) => cell(entry[key], format) ?? ''),
    }));
    return { unit, weightUnit, columns, rows };
  }
  return undefined;
}
