// Fits the body-measurement model: per sex and target, a (log-)linear regression on height, weight and age chosen
// by cross-validated RMSE, a residual spread that grows with BMI (heavier people vary more, which matters for
// calibrated size probabilities), residual correlations between targets, and what the sex-unknown mixture and the
// age-unknown marginalisation need. Used by fit-body-model.mjs (the CLI) and by the k-fold evaluation.
import { SPECS, featureRow, bmi } from './features.mjs';
import { leastSquares } from './least-squares.mjs';
import { fitReportModel } from './fit-report.mjs';

export const TARGETS = /** @type {const} */ (['chest', 'waist', 'hip', 'shoulder']);
const COLUMN = { chest: 'chestCm', waist: 'waistCm', hip: 'hipCm', shoulder: 'shoulderCm' };
/** A richer specification must beat the simplest good one by this share of RMSE to be chosen (it extrapolates worse). */
const PARSIMONY = 0.01;

/** Deterministic PRNG (mulberry32) so folds and self-checks are reproducible. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number (0..k-1) per person, shuffled with a seed and stratified by sex. */
export function assignFolds(people, k, seed) {
  const random = mulberry32(seed);
  const folds = new Array(people.length);
  for (const sex of ['female', 'male']) {
    const idx = people.map((p, i) => (p.sex === sex ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((personIndex, order) => (folds[personIndex] = order % k));
  }
  return folds;
}

function predictRaw(spec, coef, x) {
  return featureRow(spec.features, x).reduce((sum, v, j) => sum + v * coef[j], 0);
}

function fitSpec(people, target, spec) {
  const y = people.map((p) => (spec.log ? Math.log(p[COLUMN[target]]) : p[COLUMN[target]]));
  return leastSquares(people.map((p) => featureRow(spec.features, p)), y);
}

function toCm(spec, raw) {
  return spec.log ? Math.exp(raw) : raw;
}

/**
 * Out-of-fold residuals (model space) and RMSE in cm of one specification, from inner folds independent of any
 * outer evaluation folds. Spreads are fitted to these rather than to in-sample residuals: a shopper is always
 * out of sample, and in-sample residuals understate the error (most for the richer specifications).
 */
function crossValidate(people, target, spec, k) {
  const folds = assignFolds(people, k, 7);
  const residuals = new Array(people.length);
  let squared = 0;
  for (let f = 0; f < k; f++) {
    const coef = fitSpec(people.filter((_, i) => folds[i] !== f), target, spec);
    for (const [i, p] of people.entries()) {
      if (folds[i] !== f) continue;
      const raw = predictRaw(spec, coef, p);
      const observed = p[COLUMN[target]];
      residuals[i] = (spec.log ? Math.log(observed) : observed) - raw;
      squared += (observed - toCm(spec, raw)) ** 2;
    }
  }
  return { residuals, rmse: Math.sqrt(squared / people.length) };
}

/**
 * Residual spread as a linear function of BMI, fitted to |residual| * sqrt(pi/2) (the mean absolute deviation of a
 * normal is sd * sqrt(2/pi)), then rescaled so standardized residuals have unit variance.
 */
function fitSpread(people, residuals) {
  const rows = people.map((p) => [1, bmi(p) - 25]);
  const [base, perBmi] = leastSquares(rows, residuals.map((r) => Math.abs(r) * Math.sqrt(Math.PI / 2)));
  const spread = { base, perBmi, floor: base * 0.4 };
  const meanSq = residuals.reduce((s, r, i) => s + (r / spreadAt(spread, people[i])) ** 2, 0) / residuals.length;
  const k = Math.sqrt(meanSq);
  return { base: base * k, perBmi: perBmi * k, floor: spread.floor * k };
}

export function spreadAt(spread, x) {
  return Math.max(spread.floor, spread.base + spread.perBmi * (bmi(x) - 25));
}

function quantiles(values, count) {
  const sorted = values.slice().sort((a, b) => a - b);
  return Array.from({ length: count }, (_, i) => sorted[Math.min(sorted.length - 1, Math.floor(((i + 0.5) / count) * sorted.length))]);
}

function meanCov(points) {
  const n = points.length;
  const d = points[0].length;
  const mean = Array.from({ length: d }, (_, j) => points.reduce((s, p) => s + p[j], 0) / n);
  const cov = Array.from({ length: d }, (_, a) =>
    Array.from({ length: d }, (_, b) => points.reduce((s, p) => s + (p[a] - mean[a]) * (p[b] - mean[b]), 0) / (n - 1)),
  );
  return { mean, cov };
}

const round = (v, digits) => Number(v.toFixed(digits));
const range = (values) => [Math.min(...values), Math.max(...values)];

function fitSex(people, k) {
  const targets = {};
  const standardized = {};
  for (const target of TARGETS) {
    const scored = SPECS.map((spec) => ({ spec, ...crossValidate(people, target, spec, k) }));
    const best = Math.min(...scored.map((s) => s.rmse));
    // SPECS is ordered simplest first; take the first within the parsimony margin of the best.
    const chosen = scored.find((s) => s.rmse <= best * (1 + PARSIMONY));
    const coef = fitSpec(people, target, chosen.spec);
    const residuals = chosen.residuals;
    const spread = fitSpread(people, residuals);
    standardized[target] = residuals.map((r, i) => r / spreadAt(spread, people[i]));
    // Outside the data the runtime extends the chosen fit along the plain linear one, whose straight lines
    // extrapolate more soberly than squares and interactions.
    const linearSpec = SPECS[0];
    targets[target] = {
      spec: chosen.spec.name,
      log: chosen.spec.log,
      features: chosen.spec.features,
      coef: coef.map((c) => round(c, 7)),
      linear: { features: linearSpec.features, coef: fitSpec(people, target, linearSpec).map((c) => round(c, 7)) },
      spread: { base: round(spread.base, 6), perBmi: round(spread.perBmi, 7), floor: round(spread.floor, 6) },
      cvRmseCm: round(chosen.rmse, 3),
      candidates: Object.fromEntries(scored.map((s) => [s.spec.name, round(s.rmse, 3)])),
    };
  }
  // Correlations of standardized residuals: chest, waist and hip errors move together (a person rounder than
  // their BMI suggests is rounder everywhere), which changes the joint probability of a size.
  const correlation = TARGETS.map((a) =>
    TARGETS.map((b) => {
      const xa = standardized[a];
      const xb = standardized[b];
      const dot = xa.reduce((s, v, i) => s + v * xb[i], 0);
      const na = Math.sqrt(xa.reduce((s, v) => s + v * v, 0));
      const nb = Math.sqrt(xb.reduce((s, v) => s + v * v, 0));
      return round(dot / (na * nb), 4);
    }),
  );
  const heightBmi = meanCov(people.map((p) => [p.heightCm, bmi(p)]));
  return {
    n: people.length,
    targets,
    correlation,
    report: fitReportModel(people),
    ageQuantiles: quantiles(people.map((p) => p.age), 20),
    heightBmi: { mean: heightBmi.mean.map((v) => round(v, 4)), cov: heightBmi.cov.map((r) => r.map((v) => round(v, 4))) },
    limits: {
      heightCm: range(people.map((p) => p.heightCm)),
      weightKg: range(people.map((p) => p.weightKg)),
      age: range(people.map((p) => p.age)),
      bmi: range(people.map((p) => round(bmi(p), 1))),
    },
  };
}

/** Inputs pulled inside the data: height, BMI and age each clamped to their observed range. */
export function clampToData(limits, x) {
  const clamp = (v, [lo, hi]) => Math.min(hi, Math.max(lo, v));
  const heightCm = clamp(x.heightCm, limits.heightCm);
  const weightKg = clamp(bmi(x), limits.bmi) * (heightCm / 100) ** 2;
  return { heightCm, weightKg, age: clamp(x.age, limits.age) };
}

/**
 * Median prediction in cm: the chosen fit inside the data, extended linearly outside it (age is only clamped:
 * a straight age trend carried decades past 58 would be a guess). The self-check the runtime is tested against.
 */
export function predictMedianCm(targetModel, limits, x) {
  const spec = { features: targetModel.features, log: targetModel.log };
  const inside = clampToData(limits, x);
  const ageClamped = { ...x, age: inside.age };
  const linear = (v) => predictRaw(targetModel.linear, targetModel.linear.coef, v);
  return toCm(spec, predictRaw(spec, targetModel.coef, inside)) + linear(ageClamped) - linear(inside);
}

/**
 * @param {import('./ansur.mjs').Person[]} people
 * @param {{ k?: number }} [options] k: inner folds used to choose each specification
 */
export function fitBodyModel(people, { k = 5 } = {}) {
  const female = fitSex(people.filter((p) => p.sex === 'female'), k);
  const male = fitSex(people.filter((p) => p.sex === 'male'), k);
  const probes = [
    { sex: 'female', heightCm: 165, weightKg: 55, age: 30 },
    { sex: 'female', heightCm: 158, weightKg: 80, age: 45 },
    { sex: 'female', heightCm: 160, weightKg: 150, age: 70 },
    { sex: 'male', heightCm: 180, weightKg: 80, age: 30 },
    { sex: 'male', heightCm: 170, weightKg: 110, age: 50 },
    { sex: 'male', heightCm: 185, weightKg: 42, age: 20 },
  ];
  const sexes = { female, male };
  const selfCheck = probes.map((x) => ({
    ...x,
    medianCm: Object.fromEntries(TARGETS.map((t) => [t, round(predictMedianCm(sexes[x.sex].targets[t], sexes[x.sex].limits, x), 4)])),
  }));
  return { version: 1, targets: TARGETS, sexes, selfCheck };
}
