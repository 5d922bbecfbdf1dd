// Which catalog message names each engine value.
import type { MessageKey } from '../../i18n/en.js';
import type { Caveat, FitNote, Measurement } from '../types.js';

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
