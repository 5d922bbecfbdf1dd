/** Shape of the generated body-measurement model (see fit-body-model.mjs for how each field is fitted). */

export type BodyTarget = 'chest' | 'waist' | 'hip' | 'shoulder';

export type FeatureName =
  | 'one'
  | 'height'
  | 'weight'
  | 'age'
  | 'bmi'
  | 'ageSq'
  | 'bmiSq'
  | 'bmiAge'
  | 'lnHeight'
  | 'lnWeight'
  | 'lnBmiSq'
  | 'lnWeightAge';

export interface LinearFit {
  readonly features: readonly FeatureName[];
  readonly coef: readonly number[];
}

export interface TargetModel extends LinearFit {
  /** Name of the specification chosen by cross-validation. */
  readonly spec: string;
  /** True when the fit predicts ln(cm): residuals then live in log space. */
  readonly log: boolean;
  /** Plain linear fit used to extend predictions outside the data's range. */
  readonly linear: LinearFit;
  /** Residual SD (model space) = max(floor, base + perBmi * (BMI - 25)). */
  readonly spread: { readonly base: number; readonly perBmi: number; readonly floor: number };
  readonly cvRmseCm: number;
  readonly candidates: Readonly<Record<string, number>>;
}

/**
 * Self-report error (fit-report.mjs): measured height = a0 + a1 (reported - 170) + e_h; ln(measured weight / 70) =
 * b0 + b1 ln(reported / 70) + e_w; (e_h, e_w) normal with these SDs and correlation. A share `grossErrorRate` of
 * reports are gross errors that say nothing about the body.
 */
export interface ReportModel {
  readonly n: number;
  readonly height: { readonly coef: readonly number[]; readonly sd: number };
  readonly lnWeight: { readonly coef: readonly number[]; readonly sd: number };
  readonly correlation: number;
  readonly grossErrorRate: number;
}

export interface SexModel {
  readonly n: number;
  /** Absent in models fitted before self-reports were modelled: inputs are then taken as measured. */
  readonly report?: ReportModel;
  readonly targets: Readonly<Record<BodyTarget, TargetModel>>;
  /** Correlations of standardized residuals, rows and columns in BodyModel.targets order. */
  readonly correlation: readonly (readonly number[])[];
  /** 20 equally spaced age quantiles: unknown ages are integrated over these. */
  readonly ageQuantiles: readonly number[];
  /** Mean and covariance of [height cm, BMI]: the sex likelihood when sex is unknown. */
  readonly heightBmi: { readonly mean: readonly number[]; readonly cov: readonly (readonly number[])[] };
  readonly limits: {
    readonly heightCm: readonly number[];
    readonly weightKg: readonly number[];
    readonly age: readonly number[];
    readonly bmi: readonly number[];
  };
}

export interface BodyModel {
  readonly version: 1;
  readonly targets: readonly BodyTarget[];
  readonly sexes: { readonly female: SexModel; readonly male: SexModel };
  /** Median predictions computed by the fitter; the runtime must reproduce them (unit-tested). */
  readonly selfCheck: readonly {
    readonly sex: 'female' | 'male';
    readonly heightCm: number;
    readonly weightKg: number;
    readonly age: number;
    readonly medianCm: Readonly<Record<BodyTarget, number>>;
  }[];
}
