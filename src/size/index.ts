// shoplive/size: the size engine. Pure functions, no DOM: they run the same in the page and in Node.
export { recommendSize, TABLE_WEIGHT, type RecommendOptions } from './recommend.js';
export { validateChart } from './chart.js';
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
  FitNoteLevel,
  FitPreference,
  GarmentFit,
  HeightWeightRow,
  Measurement,
  Profile,
  Range,
  RecommendError,
  RecommendErrorCode,
  RecommendResult,
  Recommendation,
  Sex,
} from './types.js';
