import { expect } from '@esm-bundle/chai';
import { predictTarget, valueAt } from '../../src/size/body-estimate.js';
import { mulberry32 } from '../../src/size/random.js';
import { BODY_MODEL, groundTruthSize, recommendSize, validateChart, type Recommendation, type RecommendResult } from '../../src/size/index.js';
import { loadChart } from './support.js';

function ok(result: RecommendResult): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.code}: ${result.message}`);
  return result;
}

describe('recommendSize', () => {
  it('gives a 165 cm / 55 kg woman the size her average body falls in', async () => {
    // The model's median body for her is chest 85.2, waist 74.1, hip 93.2 cm: EU 36 on the bust bands [84, 88),
    // M on the CN chart [82, 86). Both neighbours stay plausible, so the answer names them.
    // Measured height and weight; typed ones are read as self-reported (see the self-report tests).
    const profile = { heightCm: 165, weightKg: 55, sex: 'female', age: 30, measured: true } as const;
    const eu = ok(recommendSize(profile, await loadChart('women-tops')));
    expect(eu.label).to.equal('36');
    expect(eu.estimate.chestCm).to.be.closeTo(85.2, 0.3);
    expect(eu.basis).to.equal('measurements');
    expect(eu.alternatives.map((a) => a.label)).to.include.members(['34', '38']);
    const cn = ok(recommendSize(profile, await loadChart('women-tops-cn')));
    expect(cn.label).to.equal('M');
    expect(cn.basis).to.equal('combined');
  });

  it('agrees with the ground-truth rule applied to the estimated body when one size clearly dominates', async () => {
    const chart = await loadChart('men-tops');
    const result = ok(recommendSize({ heightCm: 178, weightKg: 72, sex: 'male', age: 30 }, chart));
    const valid = validateChart(chart);
    if (!valid.ok) throw new Error('fixture invalid');
    expect(result.label).to.equal(groundTruthSize(valid.chart, { chest: result.estimate.chestCm }));
    expect(result.label).to.equal('M');
    expect(result.confidence).to.be.above(0.8);
    expect(result.between).to.equal(undefined);
  });

  it('names both sizes when between them and lets the fit preference choose', async () => {
    // 180 cm / 80 kg man: chest ~101.5 cm, just under the M/L boundary at 102.
    const chart = await loadChart('men-tops');
    const base = { heightCm: 180, weightKg: 80, sex: 'male', age: 30, measured: true } as const;
    const regular = ok(recommendSize(base, chart));
    expect(regular.between).to.deep.include({ smaller: 'M', larger: 'L' });
    // Both sizes come with their probabilities: those of the answer and of its alternative.
    expect(regular.between!.smallerProbability).to.equal(regular.confidence);
    expect(regular.between!.largerProbability).to.equal(regular.alternatives.find((a) => a.label === 'L')!.probability);
    expect(regular.label).to.equal('M');
    expect(ok(recommendSize({ ...base, fit: 'snug' }, chart)).label).to.equal('M');
    const loose = ok(recommendSize({ ...base, fit: 'loose' }, chart));
    expect(loose.label).to.equal('L');
    // Confidence is the probability of the size actually named.
    expect(loose.confidence).to.be.below(regular.confidence);
  });

  it('returns probabilities that add up and alternatives sorted by probability', async () => {
    const result = ok(recommendSize({ heightCm: 165, weightKg: 55, sex: 'female' }, await loadChart('women-tops')));
    const total = result.confidence + result.alternatives.reduce((s, a) => s + a.probability, 0);
    expect(total).to.be.within(0.97, 1.001);
    const probabilities = result.alternatives.map((a) => a.probability);
    expect(probabilities).to.deep.equal(probabilities.slice().sort((a, b) => b - a));
  });

  it('clamps to the ends of the chart and says so', async () => {
    const big = ok(recommendSize({ heightCm: 190, weightKg: 170, sex: 'male', age: 40 }, await loadChart('men-tops')));
    expect(big.label).to.equal('3XL');
    expect(big.notes).to.deep.include({ measurement: 'chest', fit: 'tight', outside: 'above-largest' });
    expect(big.caveats).to.include.members(['clamped-to-chart', 'outside-data-range']);
    const small = ok(recommendSize({ heightCm: 150, weightKg: 38, sex: 'female', age: 25 }, await loadChart('women-bottoms')));
    expect(small.label).to.equal('34');
    const hip = small.notes.find((n) => n.measurement === 'hip')!;
    expect(hip).to.deep.include({ fit: 'loose', outside: 'below-smallest' });
    expect(hip.roomCm).to.be.at.least(4);
  });

  it('uses the height/weight table when the chart has nothing else', async () => {
    const result = ok(recommendSize({ heightCm: 180, weightKg: 80, sex: 'male' }, await loadChart('men-tops-table-only')));
    expect(result.basis).to.equal('height-weight');
    expect(['M', 'L']).to.include(result.label);
    expect(result.notes).to.deep.equal([]);
  });

  it('reads garment charts through the ease allowance', async () => {
    const result = ok(recommendSize({ heightCm: 180, weightKg: 80, sex: 'male' }, await loadChart('men-shirts-garment')));
    // Garment chest 43 in = 109.2 cm minus 8 cm regular ease: M holds bodies of about 97–105 cm.
    expect(result.label).to.equal('M');
  });

  it('flags an unknown sex and mixes over both sexes, leaning on the audience', async () => {
    const chart = await loadChart('women-tops');
    const unknown = ok(recommendSize({ heightCm: 165, weightKg: 55 }, chart));
    expect(unknown.caveats).to.include('sex-unknown');
    expect(unknown.label).to.equal('36');
  });

  it('is deterministic', async () => {
    const chart = await loadChart('women-dresses');
    const profile = { heightCm: 168, weightKg: 63 };
    expect(recommendSize(profile, chart)).to.deep.equal(recommendSize(profile, chart));
  });

  it('returns typed errors for impossible input', async () => {
    const chart = await loadChart('women-tops');
    const code = (profile: unknown, c: unknown = chart) => {
      const result = recommendSize(profile as never, c);
      return result.ok ? 'ok' : result.code;
    };
    expect(code({ heightCm: 99, weightKg: 60 })).to.equal('height-out-of-range');
    expect(code({ heightCm: 231, weightKg: 60 })).to.equal('height-out-of-range');
    expect(code({ heightCm: Number.NaN, weightKg: 60 })).to.equal('height-out-of-range');
    expect(code({ heightCm: '170', weightKg: 60 })).to.equal('height-out-of-range');
    expect(code({ heightCm: 170, weightKg: 24 })).to.equal('weight-out-of-range');
    expect(code({ heightCm: 170, weightKg: 251 })).to.equal('weight-out-of-range');
    expect(code({ heightCm: 170, weightKg: 60, age: 9 })).to.equal('age-out-of-range');
    expect(code({ heightCm: 150, weightKg: 200 })).to.equal('implausible-bmi');
    expect(code({ heightCm: 200, weightKg: 40 })).to.equal('implausible-bmi');
    expect(code(null)).to.equal('height-out-of-range');
    const invalid = recommendSize({ heightCm: 170, weightKg: 60 }, { category: 'tops', unit: 'mm', sizes: [] });
    expect(invalid.ok).to.equal(false);
    if (!invalid.ok) {
      expect(invalid.code).to.equal('invalid-chart');
      expect(invalid.errors?.map((e) => e.path)).to.include('unit');
    }
  });

  it('answers every profile in range and rejects the rest with a code, never throwing', async () => {
    const chart = await loadChart('women-dresses');
    const random = mulberry32(7);
    const values = [0, -1, 1e9, Number.NaN, null, undefined, '170', 'female', 'loose', 100, 230, 25, 250, 40, 170, 65];
    for (let i = 0; i < 300; i++) {
      const pick = () => (random() < 0.5 ? values[Math.floor(random() * values.length)] : 20 + random() * 230);
      const profile = { heightCm: pick(), weightKg: pick(), age: random() < 0.5 ? undefined : pick(), sex: pick(), fit: pick() };
      const result = recommendSize(profile as never, chart);
      if (result.ok) expect(result.confidence).to.be.within(0, 1);
      else expect(result.code).to.match(/-out-of-range$|^implausible-bmi$/);
    }
  });

  it('reproduces the fitter\'s own predictions (runtime features match the fitting script)', () => {
    for (const probe of BODY_MODEL.selfCheck) {
      const sexModel = BODY_MODEL.sexes[probe.sex];
      for (const target of BODY_MODEL.targets) {
        const median = valueAt(predictTarget(sexModel.targets[target], sexModel.limits, probe), 0);
        expect(median, `${probe.sex} ${probe.heightCm}/${probe.weightKg} ${target}`).to.be.closeTo(probe.medianCm[target], 1e-3);
      }
    }
  });
});
