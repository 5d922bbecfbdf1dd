/** Public types of the size engine (`shoplive/size`). All lengths in cm, weights in kg. */
import type { SizeSystem } from './systems/types.js';

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
  /** As the shopper typed it: taken as self-reported (people overstate height by 1–2 cm and misremember weight)
   * unless `measured` is true. */
  heightCm: number;
  weightKg: number;
  /** True when height and weight were measured (a scale and a tape today), not typed from memory. */
  measured?: boolean;
  sex?: Sex;
  age?: number;
  fit?: FitPreference;
  /** A size the shopper wears in another brand: that brand's chart (same JSON format as any chart), or a size
   * system's standard table for this product's category and audience. */
  reference?: Reference;
}

export type Reference = { readonly chart: unknown; readonly label: string } | { readonly system: SizeSystem; readonly label: string };

/** Post-purchase fit reports of one size, counted (see aggregateFitReports). */
export interface FitFeedback {
  readonly label: string;
  readonly tooSmall: number;
  readonly justRight: number;
  readonly tooLarge: number;
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
  /** What earlier buyers said about the fit, per size. */
  readonly fitFeedback?: readonly FitFeedback[];
  /** Set when the seller gave garment measurements: how they were turned into body ranges. */
  readonly converted?: { readonly from: 'garment'; readonly fit: GarmentFit; readonly easeCm: Partial<Record<Measurement, number>> };
}

export interface ChartError {
  /** Where the problem is, e.g. `sizes[2].chest`; '' for the chart as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ChartValidation = { ok: true; chart: Chart } | { ok: false; errors: ChartError[] };

/** tight: above the size's range; snug: in its top quarter or within 1 cm of its top; good: inside; roomy: below
 * the range by less than LOOSE_CM; loose: the size is at least LOOSE_CM (per category) bigger than the body. */
export type FitNoteLevel = 'tight' | 'snug' | 'good' | 'roomy' | 'loose';

export interface FitNote {
  readonly measurement: Measurement;
  readonly fit: FitNoteLevel;
  /** For roomy and loose: how many cm the size's middle is above the estimated body. */
  readonly roomCm?: number;
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
export type Caveat =
  | 'outside-data-range'
  | 'age-outside-data'
  | 'sex-unknown'
  | 'clamped-to-chart'
  /** The size worn elsewhere and the height and weight disagree strongly. */
  | 'reference-contradicts';

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
  readonly between?: { readonly smaller: string; readonly larger: string; readonly smallerProbability: number; readonly largerProbability: number };
  /** Present when the estimated body fits size `fits` but close to its upper limit at `near`: `larger` gives room. */
  readonly boundary?: { readonly fits: string; readonly near: readonly Measurement[]; readonly larger: string };
  /** Present when the chart carried fit reports: how the garment runs, and how many sizes that moved the answer. */
  readonly fitFeedback?: {
    readonly runs: 'small' | 'large' | 'true-to-size';
    /** Posterior mean: the garment fits as if its ranges were moved by this many cm. */
    readonly shiftCm: number;
    readonly reports: number;
    /** Recommended size minus the one the chart alone would give (1: one size up). */
    readonly sizesMoved: number;
  };
  /** Present when the shopper gave a reference size that was used. */
  readonly reference?: { readonly label: string };
  readonly caveats: readonly Caveat[];
}

export type RecommendErrorCode =
  | 'height-out-of-range'
  | 'weight-out-of-range'
  | 'age-out-of-range'
  | 'implausible-bmi'
  | 'invalid-chart'
  | 'invalid-reference';

export interface RecommendError {
  readonly ok: false;
  readonly code: RecommendErrorCode;
  readonly message: string;
  /** For 'invalid-chart': what validateChart found. */
  readonly errors?: readonly ChartError[];
}

export type RecommendResult = Recommendation | RecommendError;
