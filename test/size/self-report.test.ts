import { expect } from '@esm-bundle/chai';
import { BODY_MODEL, groundTruthSize, recommendSize, validateChart, type BodyModel, type Recommendation, type RecommendResult } from '../../src/size/index.js';
import { loadChart, loadJson } from './support.js';

function ok(result: RecommendResult): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.code}: ${result.message}`);
  return result;
}

describe('self-reported height and weight', () => {
  it('reads typed figures as self-reported: people overstate height, so the body is estimated rounder than taken at face value', async () => {
    const chart = await loadChart('women-dresses');
    const profile = { heightCm: 168, weightKg: 62, sex: 'female', age: 30 } as const;
    const typed = ok(recommendSize(profile, chart));
    const measured = ok(recommendSize({ ...profile, measured: true }, chart));
    // The fitted report model: measured height = 168.2 + 0.90 (reported - 170) for women, i.e. ~1.6 cm shorter at 168.
    const report = BODY_MODEL.sexes.female.report!;
    expect(report.height.coef[0]! + report.height.coef[1]! * (168 - 170)).to.be.within(165.5, 167.5);
    expect(typed.estimate.waistCm).to.be.above(measured.estimate.waistCm + 0.3);
    // The report error is uncertainty carried into the answer: never surer than with measured figures.
    expect(typed.confidence).to.be.at.most(measured.confidence + 0.01);
  });

  it('accepts possible but unusual input with a caveat, and refuses impossible input with a typed error', async () => {
    const chart = await loadChart('women-dresses');
    const unusual = ok(recommendSize({ heightCm: 152, weightKg: 120, sex: 'female' }, chart));
    expect(unusual.caveats).to.include('outside-data-range');
    expect(unusual.label).to.equal('3XL');
    const typo = recommendSize({ heightCm: 1.65, weightKg: 58 }, chart);
    expect(typo).to.deep.include({ ok: false, code: 'height-out-of-range' });
    const bmi = recommendSize({ heightCm: 120, weightKg: 200 }, chart);
    expect(bmi).to.deep.include({ ok: false, code: 'implausible-bmi' });
  });

  it('stays calibrated on a held-out fold given what people reported, where taking reports at face value does not', async () => {
    const sample = await loadJson<{ female: number[][]; male: number[][]; model: BodyModel }>('./eval/heldout-sample.json');
    expect(sample.model.sexes.female.report, 'the fixture model carries a report model').to.not.equal(undefined);
    let [n, right, confidence, naiveRight, naiveConfidence] = [0, 0, 0, 0, 0];
    for (const [name, sex] of [['women-dresses', 'female'], ['women-bottoms', 'female'], ['men-tops', 'male']] as const) {
      const valid = validateChart(await loadChart(name));
      if (!valid.ok) throw new Error(`${name} invalid`);
      for (const [, , age, chest, waist, hip, heightCm, weightKg] of sample[sex]) {
        const result = recommendSize({ heightCm: heightCm!, weightKg: weightKg!, age: age!, sex }, valid.chart, { model: sample.model, draws: 1024 });
        if (!result.ok) continue; // a missing answer (weight 0) is refused, as for a shopper
        const truth = groundTruthSize(valid.chart, { chest: chest!, waist: waist!, hip: hip! });
        n++;
        confidence += result.confidence;
        right += result.label === truth ? 1 : 0;
        // The same reports taken at face value, for comparison.
        const naive = recommendSize({ heightCm: heightCm!, weightKg: weightKg!, age: age!, sex, measured: true }, valid.chart, { model: sample.model, draws: 1024 });
        if (!naive.ok) throw new Error(naive.message);
        naiveConfidence += naive.confidence;
        naiveRight += naive.label === truth ? 1 : 0;
      }
    }
    expect(n).to.be.above(850);
    const gap = Math.abs(confidence / n - right / n);
    // About 850 answers: one standard error of the gap is ~0.017, so the bound is looser than the evaluation's.
    expect(gap).to.be.below(0.05);
    // Taken at face value, reports make the engine over-confident (here 0.046, 0.052 over all folds and charts in
    // the evaluation); modelling the report error narrows it (0.033 here; ECE 0.016 in the evaluation).
    const naiveGap = naiveConfidence / n - naiveRight / n;
    expect(naiveGap).to.be.above(0.03);
    expect(gap).to.be.below(naiveGap - 0.01);
  });
});
