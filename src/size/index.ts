// shoplive/size: the size engine. Pure functions, no DOM: they run the same in the page and in Node.
export { recommendSize, TABLE_WEIGHT, type RecommendOptions } from './recommend.js';
export { validateChart } from './chart.js';
export { aggregateFitReports, type FitReport } from './fit-feedback.js';
export { REFERENCE_ERROR } from './reference.js';
export { LOOSE_CM } from './notes.js';
export { groundTruthSize, groundTruthIndex, decidingMeasurements } from './ground-truth.js';
export { tableRuleIndex, tableProbabilities } from './height-weight.js';
export { EASE_CM } from './ease.js';
export { PROFILE_LIMITS } from './profile.js';
export { BODY_MODEL } from './model/body-model.generated.js';
export type { BodyModel } from './model/body-model-types.js';
export type {
  Audience,
  Basis,
  BodyEstimate,
  Category,
  Caveat,
  Chart,
  ChartError,
  ChartSize,
  ChartValidation,
  FitNote,
  FitFeedback,
  FitNoteLevel,
  FitPreference,
  GarmentFit,
  HeightWeightRow,
  Measurement,
  Profile,
  Range,
  Reference,
  RecommendError,
  RecommendErrorCode,
  RecommendResult,
  Recommendation,
  Sex,
} from './types.js';
export { convertSize, type ConvertInput, type ConvertResult } from './systems/convert.js';
export { systemForLocale } from './systems/locale.js';
export { systemTable, SIZE_SYSTEMS } from './systems/tables.js';
export type { SizeSystem, SystemAudience, SystemKind, SystemSize, SystemTable } from './systems/types.js';
export {
  cmToIn,
  inToCm,
  kgToLb,
  lbToKg,
  cmToFtIn,
  ftInToCm,
  kgToStLb,
  stLbToKg,
  roundTo,
  defaultUnitsForLocale,
  CM_PER_INCH,
  KG_PER_POUND,
  type DefaultUnits,
  type FeetInches,
  type StonesPounds,
} from './units.js';
