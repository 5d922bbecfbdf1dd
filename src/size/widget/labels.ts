// Which catalog message names each engine value, and the panel's sentences built from them. Pure: words in, words out.
import type { MessageKey } from '../../i18n/en.js';
import { isolate } from '../../internal/text.js';
import type { SizeSystem } from '../systems/types.js';
import type { Caveat, Chart, FitNote, Measurement } from '../types.js';
import type { HeightUnit, Problem, WeightUnit } from './form.js';
import type { UnitFormat } from './format.js';
import type { Translate } from './view-models.js';

export const NOTE_KEYS: Readonly<Record<FitNote['fit'], MessageKey>> = {
  tight: 'size.noteTight',
  snug: 'size.noteSnug',
  good: 'size.noteGood',
  roomy: 'size.noteRoomy',
  loose: 'size.noteLoose',
};

/** Measurement names inside a sentence ("close to its upper limit at waist and hip"). */
export const PART_KEYS: Readonly<Record<Measurement, MessageKey>> = {
  chest: 'size.partChest',
  waist: 'size.partWaist',
  hip: 'size.partHip',
  shoulder: 'size.partShoulder',
};

export const MEASUREMENT_KEYS: Readonly<Record<Measurement, MessageKey>> = {
  chest: 'size.chest',
  waist: 'size.waist',
  hip: 'size.hip',
  shoulder: 'size.shoulder',
};

/** Caveats worth a line next to the answer; `sex-unknown` is a tip inside "How we estimate". */
export const CAVEAT_KEYS: Partial<Record<Caveat, MessageKey>> = {
  'outside-data-range': 'size.caveatOutside',
  'age-outside-data': 'size.caveatAge',
  'clamped-to-chart': 'size.caveatClamped',
  'reference-contradicts': 'size.caveatReference',
};

/** Column names sellers use in charts, for the plain table's headers. Other columns show as written. */
export const COLUMN_KEYS: Readonly<Record<string, MessageKey>> = {
  chest: 'size.chest',
  bust: 'size.chest',
  waist: 'size.waist',
  hip: 'size.hip',
  hips: 'size.hip',
  shoulder: 'size.shoulder',
  shoulders: 'size.shoulder',
  height: 'size.height',
  weight: 'size.weight',
};

/** Confidence in words: the engine's probabilities are calibrated, so these bands mean what they say. */
export function confidenceKey(confidence: number): MessageKey {
  if (confidence >= 0.7) return 'size.confidenceHigh';
  if (confidence >= 0.45) return 'size.confidenceMedium';
  return 'size.confidenceLow';
}

export function problemText(t: Translate, problem: Problem): string {
  return t(problem.key, problem.params);
}

/** "High: 82 % chance that this is your size": the band in words and the probability. */
export function confidenceText(t: Translate, format: UnitFormat, confidence: number): string {
  return t('size.confidence', { level: t(confidenceKey(confidence)), percent: format.percent(confidence) });
}

/** "Chest: Snug", or "Chest: Tight, even in the largest size". */
export function noteText(t: Translate, note: FitNote, format: UnitFormat, metric: boolean): string {
  const word = t(NOTE_KEYS[note.fit]);
  // Room is stated in cm (or inches), so "loose" says how loose.
  const fit = note.roomCm === undefined ? word : t('size.noteRoom', { fit: word, room: format.girth(note.roomCm, metric) });
  const value = note.outside ? t(note.outside === 'below-smallest' ? 'size.noteBelow' : 'size.noteAbove', { fit }) : fit;
  return t('size.pair', { name: t(MEASUREMENT_KEYS[note.measurement]), v: value });
}

/** "Model 178 cm / 70 kg wears M", in the shopper's units; undefined when the chart names no model. */
export function modelText(t: Translate, format: UnitFormat, chart: Chart | undefined, heightUnit: HeightUnit, weightUnit: WeightUnit): string | undefined {
  const model = chart?.model;
  if (!model) return undefined;
  return t('size.model', { height: format.height(model.height, heightUnit), weight: format.weight(model.weight, weightUnit), label: isolate(model.wears) });
}

/** "United States (US)", "Letter sizes (XS–XXL)": a system's name in the panel's language. */
export function systemName(t: Translate, locale: string, system: SizeSystem): string {
  if (system === 'letters') return t('size.systemLetters');
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(system === 'UK' ? 'GB' : system);
    return name && name !== system ? `${name} (${system})` : system;
  } catch {
    return system;
  }
}
