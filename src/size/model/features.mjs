// Predictor definitions shared by the fitter. src/size/model/features.ts mirrors them for the runtime; the
// generated file carries self-check predictions and a unit test fails if the two ever drift apart.
// Centring constants (170 cm, 70 kg, 30 years, BMI 25) keep coefficients readable and interactions well-conditioned.

/** @typedef {{ heightCm: number, weightKg: number, age: number }} Inputs */

/** @type {Record<string, (x: Inputs) => number>} */
export const FEATURES = {
  one: () => 1,
  height: (x) => x.heightCm - 170,
  weight: (x) => x.weightKg - 70,
  age: (x) => x.age - 30,
  bmi: (x) => bmi(x) - 25,
  ageSq: (x) => (x.age - 30) ** 2 / 100,
  bmiSq: (x) => (bmi(x) - 25) ** 2 / 10,
  bmiAge: (x) => ((bmi(x) - 25) * (x.age - 30)) / 10,
  lnHeight: (x) => Math.log(x.heightCm / 170),
  lnWeight: (x) => Math.log(x.weightKg / 70),
  lnBmiSq: (x) => Math.log(bmi(x) / 25) ** 2,
  lnWeightAge: (x) => (Math.log(x.weightKg / 70) * (x.age - 30)) / 10,
};

/** @param {Inputs} x */
export function bmi(x) {
  return x.weightKg / (x.heightCm / 100) ** 2;
}

/**
 * Candidate specifications, compared by cross-validated RMSE (in cm) per sex and target.
 * `log: true` means the model predicts ln(measurement), so its residual spread grows with body size.
 */
export const SPECS = [
  { name: 'linear', log: false, features: ['one', 'height', 'weight', 'age'] },
  { name: 'linear-bmi', log: false, features: ['one', 'height', 'weight', 'bmi', 'age'] },
  { name: 'linear-rich', log: false, features: ['one', 'height', 'weight', 'bmi', 'bmiSq', 'age', 'ageSq', 'bmiAge'] },
  { name: 'log', log: true, features: ['one', 'lnHeight', 'lnWeight', 'age'] },
  { name: 'log-rich', log: true, features: ['one', 'lnHeight', 'lnWeight', 'lnBmiSq', 'age', 'ageSq', 'lnWeightAge'] },
];

/** @param {string[]} names @param {Inputs} x */
export function featureRow(names, x) {
  return names.map((name) => FEATURES[name](x));
}
