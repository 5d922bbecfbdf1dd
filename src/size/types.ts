/** Public types of the size engine (`shoplive/size`). All lengths in cm, weights in kg. */

export type Sex = 'female' | 'male';
export type FitPreference = 'snug' | 'regular' | 'loose';
export type Category = 'tops' | 'bottoms' | 'dresses' | 'outerwear';
export type Audience = 'women' | 'men' | 'unisex';
export type GarmentFit = 'slim' | 'regular' | 'relaxed';
/** Body measurements a chart may give per size. */
export type Measurement = 'chest' | 'waist' | 'hip' | 'shoulder';
/** `[min, max)` in cm. */
export type Range = readonly [number, number];

export interface Profile {
  heightCm: number;
  weightKg: number;
  sex?: Sex;
  age?: number;
  fit?: FitPreference;
}

/** One size of a validated chart: body ranges in cm (garment charts are converted to body ranges). */
export interface ChartSize {
  readonly label: string;
  readonly chest?: Range;
  readonly waist?: Range;
  readonly hip?: Range;
  readonly shoulder?: Range;
}

export interface HeightWeightRow {
  readonly label: string;
  /** cm */
  readonly height: Range;
  /** kg */
  readonly weight: Range;
}

/** A chart that passed validateChart: cm and kg, body ranges, sizes smallest first. */
export interface Chart {
  readonly category: Category;
  readonly audience: Audience;
  readonly system?: string;
  readonly measurements: 'body';
  readonly unit: 'cm';
  readonly sizes: readonly ChartSize[];
  readonly heightWeight?: readonly HeightWeightRow[];
  readonly model?: { readonly height: number; readonly weight: number; readonly wears: string };
  /** Set when the seller gave garment measurements: how they were turned into body ranges. */
  readonly converted?: { readonly from: 'garment'; readonly fit: GarmentFit; readonly easeCm: Partial<Record<Measurement, number>> };
}

export interface ChartError {
  /** Where the problem is, e.g. `sizes[2].chest`; '' for the chart as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ChartValidation = { ok: true; chart: Chart } | { ok: false; errors: ChartError[] };

export type FitNoteLevel = 'tight' | 'snug' | 'good' | 'loose';

export interface FitNote {
  readonly measurement: Measurement;
  readonly fit: FitNoteLevel;
  /** Set when the estimate lies outside every size of the chart and the answer was clamped to its end. */
  readonly outside?: 'below-smallest' | 'above-largest';
}

export interface BodyEstimate {
  readonly chestCm: number;
  readonly waistCm: number;
  readonly hipCm: number;
  readonly shoulderCm: number;
}

export type Basis = 'measurements' | 'height-weight' | 'combined';

/** Why an answer is less certain than usual (the widget may phrase these). */
export type Caveat = 'outside-data-range' | 'age-outside-data' | 'sex-unknown' | 'clamped-to-chart';

export interface Recommendation {
  readonly ok: true;
  readonly label: string;
  /** Probability (0..1) that `label` is the right size; calibrated on held-out data. */
  readonly confidence: number;
  /** The other sizes with a probability of at least 1 %, most likely first. */
  readonly alternatives: readonly { readonly label: string; readonly probability: number }[];
  readonly notes: readonly FitNote[];
  readonly estimate: BodyEstimate;
  readonly basis: Basis;
  /** Present when two neighbouring sizes are both plausible; `label` is the one the fit preference picked. */
  readonly between?: { readonly smaller: string; readonly larger: string };
  readonly caveats: readonly Caveat[];
}

export type RecommendErrorCode =
  | 'height-out-of-range'
  | 'weight-out-of-range'
  | 'age-out-of-range'
  | 'implausible-bmi'
  | 'invalid-chart';

export interface RecommendError {
  readonly ok: false;
  readonly code: RecommendErrorCode;
  readonly message: string;
  /** For 'invalid-chart': what validateChart found. */
  readonly errors?: readonly ChartError[];
}

export type RecommendResult = Recommendation | RecommendError;
