import { expect } from '@esm-bundle/chai';
import { groundTruthSize, recommendSize, validateChart, type BodyModel } from '../../src/size/index.js';
import { loadChart, loadJson } from './support.js';

/** Written by `node test/size/eval/evaluate.mjs --write-fixtures`: fold 1's people and a model fitted without them. */
interface HeldOut {
  female: number[][];
  male: number[][];
  model: BodyModel;
}

describe('calibration on a held-out fold', () => {
  it('says as sure as it is right: mean confidence within 0.05 of accuracy', async () => {
    const sample = await loadJson<HeldOut>('./eval/heldout-sample.json');
    const runs = [
      ['women-tops', 'female'],
      ['women-bottoms', 'female'],
      ['women-dresses', 'female'],
      ['men-tops', 'male'],
      ['men-bottoms', 'male'],
    ] as const;
    let [n, right, confidence] = [0, 0, 0];
    for (const [name, sex] of runs) {
      const valid = validateChart(await loadChart(name));
      if (!valid.ok) throw new Error(`${name} invalid`);
      let [chartRight, chartConfidence] = [0, 0];
      for (const [heightCm, weightKg, age, chest, waist, hip] of sample[sex]) {
        const result = recommendSize({ heightCm: heightCm!, weightKg: weightKg!, age: age!, sex, measured: true }, valid.chart, { model: sample.model });
        if (!result.ok) throw new Error(result.message);
        chartConfidence += result.confidence;
        chartRight += result.label === groundTruthSize(valid.chart, { chest: chest!, waist: waist!, hip: hip! }) ? 1 : 0;
      }
      const rows = sample[sex].length;
      // Per chart the sample is small (about 300 people: one standard error is ~0.03), so the bound is looser.
      expect(Math.abs(chartConfidence / rows - chartRight / rows), name).to.be.below(0.1);
      [n, right, confidence] = [n + rows, right + chartRight, confidence + chartConfidence];
    }
    expect(n).to.be.above(1000);
    expect(Math.abs(confidence / n - right / n)).to.be.below(0.05);
  });
});
