// validateChart: turns a seller's size chart (JSON, any shape) into a Chart the engine can trust — cm and kg,
// body ranges, smallest size first — or a list of errors that name the field. It never throws: a malformed chart
// must lead to a plain size table or no answer, never to a wrong answer or a broken page.
import { CHART_LIMITS, checkPlausible, describe, isRecord, Problems, readEnum, readLabel, readNumber, readRange, withinLimit } from './chart-fields.js';
import { orderSizes, type RawSize } from './chart-order.js';
import { readHeightWeight } from './chart-height-weight.js';
import { readFitFeedback } from './chart-feedback.js';
import { easeFor, rangesFromPoints } from './ease.js';
import { categoryMeasurements } from './ground-truth.js';
import type { Audience, Category, Chart, ChartSize, ChartValidation, GarmentFit, Measurement, Range } from './types.js';

const CATEGORIES: readonly Category[] = ['tops', 'bottoms', 'dresses', 'outerwear'];
const AUDIENCES: readonly Audience[] = ['women', 'men', 'unisex'];
const FITS: readonly GarmentFit[] = ['slim', 'regular', 'relaxed'];
const MEASUREMENTS: readonly Measurement[] = ['chest', 'waist', 'hip', 'shoulder'];
/** Field names sellers use, mapped to the engine's measurement. */
const ALIASES: Readonly<Record<string, Measurement>> = {
  chest: 'chest',
  bust: 'chest',
  waist: 'waist',
  hip: 'hip',
  hips: 'hip',
  shoulder: 'shoulder',
  shoulders: 'shoulder',
};
/** Plausible body values in cm: outside these the unit is almost certainly wrong. */
const PLAUSIBLE_CM: Readonly<Record<Measurement, readonly [number, number]>> = {
  chest: [40, 220],
  waist: [30, 220],
  hip: [40, 220],
  shoulder: [20, 80],
};
const CM_PER_IN = 2.54;
const KG_PER_LB = 0.45359237;

export function validateChart(input: unknown): ChartValidation {
  try {
    return validate(input);
  } catch {
    // Hostile inputs (throwing getters, proxies) end here instead of in the page.
    return { ok: false, errors: [{ path: '', message: 'the chart could not be read' }] };
  }
}

function validate(input: unknown): ChartValidation {
  const problems = new Problems();
  if (!isRecord(input)) return { ok: false, errors: [{ path: '', message: `a chart must be a JSON object, got ${describe(input)}` }] };
  const category = readEnum(input, 'category', CATEGORIES, problems);
  const audience = readEnum(input, 'audience', AUDIENCES, problems, 'unisex');
  const unit = readEnum(input, 'unit', ['cm', 'in'] as const, problems);
  const weightUnit = readEnum(input, 'weightUnit', ['kg', 'lb'] as const, problems, unit === 'in' ? 'lb' : 'kg');
  const kind = readEnum(input, 'measurements', ['body', 'garment'] as const, problems, 'body');
  const fit = readEnum(input, 'fit', FITS, problems, 'regular');
  if (input['system'] !== undefined && (typeof input['system'] !== 'string' || input['system'].length > CHART_LIMITS.system)) {
    problems.add('system', `must be a string of at most ${CHART_LIMITS.system} characters, got ${describe(input['system'])}`);
  }
  if (!category || !unit || !weightUnit || !kind || !fit || !audience) return { ok: false, errors: problems.list };

  const lengthFactor = unit === 'in' ? CM_PER_IN : 1;
  const weightFactor = weightUnit === 'lb' ? KG_PER_LB : 1;
  const before = problems.list.length;
  const read = readSizes(input['sizes'], kind, lengthFactor, input['heightWeight'] !== undefined, problems);
  // Sizes with errors are not ordered or converted: that would only pile up follow-on errors.
  const raw = problems.list.length === before ? read : undefined;
  let sizes: ChartSize[] = [];
  let converted: Chart['converted'];
  if (raw && raw.measured.length > 0) {
    const relevant = categoryMeasurements(category).filter((m) => raw.measured.includes(m));
    if (relevant.length === 0) {
      problems.add('sizes', `a ${category} chart needs ${categoryMeasurements(category).join(' or ')} for every size`);
    } else {
      const ordered = orderSizes(raw.sizes, relevant[0]!, raw.measured, problems);
      if (kind === 'garment') {
        const result = garmentToBody(ordered, raw.measured, category, fit, problems);
        sizes = result.sizes;
        converted = { from: 'garment', fit, easeCm: result.easeCm };
      } else {
        sizes = ordered.map((s) => bodySize(s, raw.measured));
      }
    }
  }
  // Table rows follow the sizes' validated order; labels-only sizes keep the order the seller listed them in.
  const labels = sizes.length > 0 ? sizes.map((s) => s.label) : raw?.sizes.map((s) => s.label);
  const heightWeight =
    input['heightWeight'] === undefined ? undefined : readHeightWeight(input['heightWeight'], labels, lengthFactor, weightFactor, problems);
  if (!read && !heightWeight && problems.empty) problems.add('sizes', 'is required: give body ranges per size or a heightWeight table');
  if (!problems.empty) return { ok: false, errors: problems.list };
  if (sizes.length === 0 && heightWeight) sizes = heightWeight.order.map((label) => ({ label }));

  const model = readModel(input['model'], sizes, lengthFactor, weightFactor, problems);
  const fitFeedback = readFitFeedback(input['fitFeedback'], sizes.map((s) => s.label), problems);
  if (!problems.empty) return { ok: false, errors: problems.list };
  const chart: Chart = {
    category,
    audience,
    ...(typeof input['system'] === 'string' ? { system: input['system'] } : {}),
    measurements: 'body',
    unit: 'cm',
    sizes,
    ...(heightWeight ? { heightWeight: heightWeight.rows } : {}),
    ...(model ? { model } : {}),
    ...(fitFeedback ? { fitFeedback } : {}),
    ...(converted ? { converted } : {}),
  };
  return { ok: true, chart };
}

interface ReadSizes {
  sizes: RawSize[];
  /** Measurements every size gives. */
  measured: Measurement[];
}

function readSizes(value: unknown, kind: 'body' | 'garment', factor: number, hasTable: boolean, problems: Problems): ReadSizes | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.add('sizes', `must be a list of sizes, got ${describe(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    problems.add('sizes', 'is empty: list at least one size');
    return undefined;
  }
  if (!withinLimit(value, CHART_LIMITS.sizes, 'sizes', 'sizes', problems)) return undefined;
  const seen = new Map<string, number>();
  const sizes: RawSize[] = [];
  value.forEach((entry, index) => {
    const path = `sizes[${index}]`;
    if (!isRecord(entry)) return problems.add(path, `must be an object with a label, got ${describe(entry)}`);
    const label = readLabel(entry['label'], `${path}.label`, problems);
    if (label && seen.has(label)) problems.add(`${path}.label`, `duplicate label '${label}' (also sizes[${seen.get(label)}])`);
    else seen.set(label, index);
    const values: RawSize['values'] = {};
    const keys: RawSize['keys'] = {};
    for (const [key, raw] of Object.entries(entry)) {
      // Other columns (length, inseam...) are for the size table, not the engine. hasOwn: "constructor" is no alias.
      const m = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
      if (!m) continue;
      if (keys[m]) {
        problems.add(`${path}.${key}`, `gives ${m} twice (also as ${keys[m]})`);
        continue;
      }
      keys[m] = key;
      const read = kind === 'body' ? readRange(raw, `${path}.${key}`, problems, factor) : readGarmentValue(raw, `${path}.${key}`, problems, factor);
      if (read !== undefined && checkPlausible(read, PLAUSIBLE_CM[m], `${path}.${key}`, `${m} in cm`, problems)) values[m] = read;
    }
    const fit = entry['fit'];
    if (fit !== undefined && !(FITS as readonly unknown[]).includes(fit)) {
      problems.add(`${path}.fit`, `unknown fit ${describe(fit)}: expected one of ${FITS.join(', ')}`);
    }
    sizes.push({ index, label, values, keys, ...(typeof fit === 'string' && (FITS as readonly string[]).includes(fit) ? { fit: fit as GarmentFit } : {}) });
  });
  const measured = MEASUREMENTS.filter((m) => sizes.some((s) => s.keys[m]));
  for (const s of sizes) {
    for (const m of measured) {
      if (!s.keys[m]) problems.add(`sizes[${s.index}].${m}`, `is missing: other sizes give ${m}`);
    }
  }
  if (measured.length === 0 && !hasTable) problems.add('sizes[0]', 'gives no measurements: add body ranges (e.g. "chest": [80, 84]) or a heightWeight table');
  return { sizes, measured };
}

function readGarmentValue(raw: unknown, path: string, problems: Problems, factor: number): number | undefined {
  const value = readNumber(raw, path, problems, factor);
  if (value === 0) {
    problems.add(path, 'must be greater than 0');
    return undefined;
  }
  return value;
}

function bodySize(s: RawSize, measured: readonly Measurement[]): ChartSize {
  return { label: s.label, ...Object.fromEntries(measured.map((m) => [m, s.values[m] as Range])) };
}

function garmentToBody(ordered: readonly RawSize[], measured: readonly Measurement[], category: Category, chartFit: GarmentFit, problems: Problems) {
  const easeCm: Partial<Record<Measurement, number>> = {};
  const ranges = new Map<Measurement, [number, number][]>();
  for (const m of measured) {
    easeCm[m] = easeFor(category, m, chartFit);
    // A size may override the chart's fit (e.g. one relaxed size in a regular range).
    const points = ordered.map((s) => (s.values[m] as number) - easeFor(category, m, s.fit ?? chartFit));
    points.forEach((p, k) => {
      if (p <= 0) problems.add(`sizes[${ordered[k]!.index}].${ordered[k]!.keys[m] ?? m}`, 'is smaller than the ease allowance: not a garment measurement?');
    });
    ranges.set(m, rangesFromPoints(points).map(([a, b]) => [Math.round(a * 100) / 100, Math.round(b * 100) / 100]));
  }
  const sizes = ordered.map((s, k) => ({ label: s.label, ...Object.fromEntries(measured.map((m) => [m, ranges.get(m)![k]!])) }));
  return { sizes, easeCm };
}

function readModel(value: unknown, sizes: readonly ChartSize[], lengthFactor: number, weightFactor: number, problems: Problems): Chart['model'] {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.add('model', `must be an object { height, weight, wears }, got ${describe(value)}`);
    return undefined;
  }
  const height = readNumber(value['height'], 'model.height', problems, lengthFactor);
  const weight = readNumber(value['weight'], 'model.weight', problems, weightFactor);
  const wears = readLabel(value['wears'], 'model.wears', problems) || undefined;
  if (height !== undefined) checkPlausible(height, [100, 230], 'model.height', 'height in cm', problems);
  if (weight !== undefined) checkPlausible(weight, [25, 250], 'model.weight', 'weight in kg', problems);
  if (wears === undefined) return undefined;
  if (sizes.length > 0 && !sizes.some((s) => s.label === wears)) problems.add('model.wears', `'${wears}' is not one of the sizes (${sizes.map((s) => s.label).join(', ')})`);
  return height !== undefined && weight !== undefined && wears !== undefined ? { height, weight, wears } : undefined;
}
