// Fits the self-report error model: what a person's measured height and weight are, given what they typed.
// ANSUR II has both for the same people (stature/weightkg measured, Heightin/Weightlbs self-reported).
//   height:  measured cm      = a0 + a1 (reported cm - 170)          + e_h
//   weight:  ln(measured/70)  = b0 + b1 ln(reported kg / 70)         + e_w   (errors grow with weight)
// (e_h, e_w) bivariate normal, fitted on the reports that are not gross errors. Gross errors (a digit slipped, feet
// typed as inches: residuals beyond 5 robust SDs) get their own rate; for them the report says nothing and the
// runtime draws the body from the population instead. Regressing measured on reported (not the reverse) gives the
// conditional distribution the runtime needs directly, shrinkage towards the mean included.
import { leastSquares } from './least-squares.mjs';

const GROSS_SDS = 5;

function robustFit(x, y) {
  let keep = x.map(() => true);
  let coef = [0, 0];
  for (let pass = 0; pass < 3; pass++) {
    const idx = x.map((_, i) => i).filter((i) => keep[i]);
    coef = leastSquares(idx.map((i) => [1, x[i]]), idx.map((i) => y[i]));
    const residuals = x.map((v, i) => y[i] - coef[0] - coef[1] * v);
    const abs = idx.map((i) => Math.abs(residuals[i])).sort((a, b) => a - b);
    const robustSd = 1.4826 * abs[Math.floor(abs.length / 2)];
    keep = residuals.map((r) => Math.abs(r) <= GROSS_SDS * robustSd);
  }
  const residuals = x.map((v, i) => y[i] - coef[0] - coef[1] * v);
  return { coef, residuals, keep };
}

const round = (v, digits) => Number(v.toFixed(digits));

/** Reports the engine refuses anyway (a weight of 0 is a missing answer) tell nothing about report errors. */
export const usableReport = (p) => p.reportedHeightCm >= 100 && p.reportedHeightCm <= 230 && p.reportedWeightKg >= 25 && p.reportedWeightKg <= 250;

/** @param {import('./ansur.mjs').Person[]} all people of one sex */
export function fitReportModel(all) {
  const people = all.filter(usableReport);
  const h = robustFit(people.map((p) => p.reportedHeightCm - 170), people.map((p) => p.heightCm));
  const w = robustFit(people.map((p) => Math.log(p.reportedWeightKg / 70)), people.map((p) => Math.log(p.weightKg / 70)));
  const inliers = people.map((_, i) => i).filter((i) => h.keep[i] && w.keep[i]);
  const mean = (f) => inliers.reduce((s, i) => s + f(i), 0) / inliers.length;
  const [mh, mw] = [mean((i) => h.residuals[i]), mean((i) => w.residuals[i])];
  const sdH = Math.sqrt(mean((i) => (h.residuals[i] - mh) ** 2));
  const sdW = Math.sqrt(mean((i) => (w.residuals[i] - mw) ** 2));
  const correlation = mean((i) => (h.residuals[i] - mh) * (w.residuals[i] - mw)) / (sdH * sdW);
  return {
    n: people.length,
    height: { coef: h.coef.map((c) => round(c, 5)), sd: round(sdH, 4) },
    lnWeight: { coef: w.coef.map((c) => round(c, 6)), sd: round(sdW, 5) },
    correlation: round(correlation, 4),
    grossErrorRate: round(1 - inliers.length / people.length, 4),
  };
}
