import { expect } from '@esm-bundle/chai';
import { recommendSize, type Recommendation, type RecommendResult } from '../../src/size/index.js';
import { loadChart, loadJson } from './support.js';

function ok(result: RecommendResult): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.code}: ${result.message}`);
  return result;
}

const demoChart = () => loadJson('../../demo/size-chart.json');

describe('reference size ("I wear M in this other brand")', () => {
  it('moves the answer with the size worn elsewhere, in a standard size system', async () => {
    // Lena, 165 cm / 58 kg, on the demo dress chart: her height and weight alone leave M and L open.
    const chart = await demoChart();
    const lena = { heightCm: 165, weightKg: 58, sex: 'female' } as const;
    const alone = ok(recommendSize(lena, chart));
    const small = ok(recommendSize({ ...lena, reference: { system: 'US', label: '2' } }, chart));
    const large = ok(recommendSize({ ...lena, reference: { system: 'US', label: '12' } }, chart));
    const p = (r: Recommendation, label: string) => (r.label === label ? r.confidence : (r.alternatives.find((a) => a.label === label)?.probability ?? 0));
    // US 2 (bust 84–86.5 cm) pulls towards M, US 12 (bust 94–97.5 cm) towards XL.
    expect(p(small, 'M')).to.be.above(p(alone, 'M') + 0.1);
    expect(p(large, 'XL')).to.be.above(p(alone, 'XL') + 0.1);
    expect(large.label).to.equal('XL');
    expect(small.reference).to.deep.equal({ label: '2' });
    expect(alone.reference).to.equal(undefined);
  });

  it('takes another brand\'s chart in the same JSON format', async () => {
    const chart = await loadChart('women-tops');
    const otherBrand = await loadChart('women-tops-cn');
    const omar = { heightCm: 160, weightKg: 60, sex: 'female' } as const;
    const withM = ok(recommendSize({ ...omar, reference: { chart: otherBrand, label: 'M' } }, chart));
    const withXXL = ok(recommendSize({ ...omar, reference: { chart: otherBrand, label: 'XXL' } }, chart));
    // CN M is bust 82–86 cm, XXL 94–98: the EU answer follows (EU 36 = 84–88, 40 = 92–96).
    expect(withM.label).to.equal('36');
    expect(withXXL.label).to.equal('40');
  });

  it('says so when the reference contradicts height and weight, instead of ignoring it', async () => {
    const chart = await demoChart();
    const result = ok(recommendSize({ heightCm: 165, weightKg: 58, sex: 'female', reference: { system: 'US', label: '22' } }, chart));
    expect(result.caveats).to.include('reference-contradicts');
    const plausible = ok(recommendSize({ heightCm: 165, weightKg: 58, sex: 'female', reference: { system: 'US', label: '6' } }, chart));
    expect(plausible.caveats).to.not.include('reference-contradicts');
  });

  it('refuses a reference it cannot read with a typed error', async () => {
    const chart = await demoChart();
    const base = { heightCm: 165, weightKg: 58 };
    for (const reference of [
      { system: 'US', label: '77' },
      { system: 'XX', label: 'M' },
      { chart: { nonsense: true }, label: 'M' },
      { chart: await loadChart('women-tops'), label: 'Z' },
      { system: 'US', label: 'x'.repeat(41) },
    ]) {
      const result = recommendSize({ ...base, reference } as never, chart);
      expect(result, JSON.stringify(reference).slice(0, 60)).to.deep.include({ ok: false, code: 'invalid-reference' });
    }
  });
});
