import { expect } from '@esm-bundle/chai';
import { mulberry32 } from '../../src/size/random.js';
import { validateChart, type ChartValidation } from '../../src/size/index.js';
import { loadChart } from './support.js';

const base = () => ({
  category: 'tops',
  audience: 'women',
  unit: 'cm',
  sizes: [
    { label: 'S', chest: [80, 84], waist: [62, 66] },
    { label: 'M', chest: [84, 88], waist: [66, 70] },
    { label: 'L', chest: [88, 92], waist: [70, 74] },
  ],
});

function paths(result: ChartValidation): string[] {
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('validateChart', () => {
  it('accepts every fixture chart', async () => {
    for (const name of ['women-tops', 'women-tops-cn', 'men-tops', 'men-tops-table-only', 'women-bottoms', 'men-bottoms', 'women-dresses', 'men-shirts-garment']) {
      const result = validateChart(await loadChart(name));
      expect(result.ok, `${name}: ${JSON.stringify(result.ok ? '' : result.errors)}`).to.equal(true);
    }
  });

  it('normalizes inches and pounds to cm and kg and orders sizes smallest first', () => {
    const result = validateChart({
      category: 'bottoms',
      unit: 'in',
      sizes: [
        { label: 'L', waist: [34, 36], hips: [42, 44] },
        { label: 'M', waist: [32, 34], hips: [40, 42] },
      ],
      heightWeight: [
        { label: 'M', height: [66, 70], weight: [150, 170] },
        { label: 'L', height: [68, 72], weight: [170, 190] },
      ],
      model: { height: 70, weight: 165, wears: 'M' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { chart } = result;
    expect(chart.unit).to.equal('cm');
    expect(chart.audience).to.equal('unisex');
    expect(chart.sizes.map((s) => s.label)).to.deep.equal(['M', 'L']);
    expect(chart.sizes[0]!.waist).to.deep.equal([81.28, 86.36]);
    expect(chart.sizes[0]!.hip).to.deep.equal([101.6, 106.68]);
    expect(chart.heightWeight![0]!.weight[0]).to.be.closeTo(68.04, 0.01);
    expect(chart.model).to.deep.equal({ height: 177.8, weight: 74.843, wears: 'M' });
  });

  it('turns garment measurements into body ranges with the documented ease', () => {
    const result = validateChart({
      category: 'tops',
      unit: 'cm',
      measurements: 'garment',
      fit: 'relaxed',
      sizes: [
        { label: 'S', chest: 100 },
        { label: 'M', chest: 106 },
        { label: 'L', chest: 112 },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Relaxed tops: 14 cm chest ease -> body points 86, 92, 98; boundaries halfway between.
    expect(result.chart.sizes.map((s) => s.chest)).to.deep.equal([
      [83, 89],
      [89, 95],
      [95, 101],
    ]);
    expect(result.chart.converted).to.deep.equal({ from: 'garment', fit: 'relaxed', easeCm: { chest: 14 } });
  });

  it('accepts its own output and gives the same chart back', async () => {
    for (const name of ['men-shirts-garment', 'women-tops-cn']) {
      const first = validateChart(await loadChart(name));
      if (!first.ok) throw new Error(`${name} invalid`);
      const again = validateChart(first.chart);
      if (!again.ok) throw new Error(JSON.stringify(again.errors));
      // `converted` records the garment conversion, which the already-converted chart no longer needs.
      const { converted: _converted, ...rest } = first.chart;
      expect(again.chart).to.deep.equal(rest);
    }
  });

  it('names the field of each problem', () => {
    const cases: [unknown, string][] = [
      [{ ...base(), category: 'hats' }, 'category'],
      [{ ...base(), unit: 'mm' }, 'unit'],
      [{ ...base(), unit: undefined }, 'unit'],
      [{ ...base(), audience: 'kids' }, 'audience'],
      [{ ...base(), sizes: [] }, 'sizes'],
      [{ ...base(), sizes: 'S,M,L' }, 'sizes'],
      [{ ...base(), sizes: [{ chest: [80, 84] }] }, 'sizes[0].label'],
      [{ ...base(), sizes: [{ label: '  ', chest: [80, 84] }] }, 'sizes[0].label'],
      [{ ...base(), sizes: [{ label: 'S', chest: [80, 84] }, { label: 'S', chest: [84, 88] }] }, 'sizes[1].label'],
      [{ ...base(), sizes: [{ label: 'S', chest: [80, 84] }, { label: 'M', chest: [82, 88] }] }, 'sizes[1].chest'],
      [{ ...base(), sizes: [{ label: 'S', chest: [84, 80] }] }, 'sizes[0].chest'],
      [{ ...base(), sizes: [{ label: 'S', chest: [80, 80] }] }, 'sizes[0].chest'],
      [{ ...base(), sizes: [{ label: 'S', chest: [-80, 84] }] }, 'sizes[0].chest[0]'],
      [{ ...base(), sizes: [{ label: 'S', chest: [80, Infinity] }] }, 'sizes[0].chest[1]'],
      [{ ...base(), sizes: [{ label: 'S', chest: [80, '84'] }] }, 'sizes[0].chest[1]'],
      [{ ...base(), sizes: [{ label: 'S', chest: 82 }] }, 'sizes[0].chest'],
      // Inches typed into a cm chart.
      [{ ...base(), sizes: [{ label: 'S', chest: [32, 34] }] }, 'sizes[0].chest'],
      // S listed with a larger chest than M: labels and ranges disagree.
      [{ ...base(), sizes: [{ label: 'M', chest: [80, 84] }, { label: 'S', chest: [84, 88] }] }, 'sizes[1].label'],
      // Chest says M > S, waist says the opposite.
      [{ ...base(), sizes: [{ label: 'S', chest: [80, 84], waist: [66, 70] }, { label: 'M', chest: [84, 88], waist: [62, 66] }] }, 'sizes[1].waist'],
      [{ ...base(), sizes: [{ label: 'S', chest: [80, 84], waist: [62, 66] }, { label: 'M', chest: [84, 88] }] }, 'sizes[1].waist'],
      [{ ...base(), category: 'bottoms', sizes: [{ label: 'S', chest: [80, 84] }] }, 'sizes'],
      [{ ...base(), model: { height: 172, weight: 52, wears: 'XS' } }, 'model.wears'],
      [{ ...base(), model: { height: -1, weight: 52, wears: 'S' } }, 'model.height'],
      [{ ...base(), heightWeight: [{ label: 'XL', height: [150, 160], weight: [40, 50] }] }, 'heightWeight[0].label'],
      [{ ...base(), heightWeight: [{ label: 'S', height: [160, 150], weight: [40, 50] }] }, 'heightWeight[0].height'],
      [
        {
          ...base(),
          heightWeight: [
            { label: 'S', height: [155, 165], weight: [50, 60] },
            { label: 'M', height: [150, 160], weight: [60, 70] },
          ],
        },
        'heightWeight[1].height',
      ],
      [{ ...base(), heightWeight: [] }, 'heightWeight'],
      [{ ...base(), measurements: 'garment', sizes: [{ label: 'S', chest: [80, 84] }] }, 'sizes[0].chest'],
      [{ ...base(), measurements: 'garment', sizes: [{ label: 'S', chest: 100, fit: 'baggy' }] }, 'sizes[0].fit'],
      [{ category: 'tops', unit: 'cm' }, 'sizes'],
      [{ category: 'tops', unit: 'cm', sizes: [{ label: 'S' }] }, 'sizes[0]'],
      [[], ''],
      ['chart', ''],
    ];
    for (const [input, path] of cases) {
      const result = validateChart(input);
      expect(result.ok, `accepted ${JSON.stringify(input)}`).to.equal(false);
      expect(paths(result), JSON.stringify(input)).to.include(path);
      if (!result.ok) for (const error of result.errors) expect(error.message).to.be.a('string').and.not.equal('');
    }
  });

  it('ignores columns it does not use, including prototype names', () => {
    const result = validateChart({ ...base(), sizes: [{ label: 'S', chest: [80, 84], length: 60, constructor: 1, toString: 'x' }] });
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });

  it('accepts a chart with only a height/weight table and derives the sizes from it', () => {
    const result = validateChart({
      category: 'tops',
      unit: 'cm',
      heightWeight: [
        { label: 'M', height: [160, 170], weight: [55, 65] },
        { label: 'S', height: [150, 160], weight: [45, 55] },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.chart.sizes).to.deep.equal([{ label: 'S' }, { label: 'M' }]);
  });

  it('never throws, whatever it is given', () => {
    const random = mulberry32(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const junk = (depth: number): unknown => {
      const kind = Math.floor(random() * (depth > 3 ? 6 : 9));
      switch (kind) {
        case 0: return null;
        case 1: return pick([0, -1, 1e308, Number.NaN, Infinity, 80, 84.5, -0]);
        case 2: return pick(['', 'S', 'cm', 'tops', 'in', 'body', 'garment', '80']);
        case 3: return random() < 0.5;
        case 4: return undefined;
        case 5: return [pick([70, 80, 90]), pick([75, 85, 95, 'x'])];
        case 6: return Array.from({ length: Math.floor(random() * 5) }, () => junk(depth + 1));
        default: {
          const keys = ['category', 'audience', 'unit', 'measurements', 'sizes', 'label', 'chest', 'bust', 'waist', 'hip', 'heightWeight', 'height', 'weight', 'model', 'wears', 'fit', 'system', '__proto__', 'constructor'];
          return Object.fromEntries(Array.from({ length: Math.floor(random() * 8) }, () => [pick(keys), junk(depth + 1)]));
        }
      }
    };
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const inputs: unknown[] = [hostile, { category: 'tops', unit: 'cm', sizes: [hostile] }, Object.create(null)];
    for (let i = 0; i < 3000; i++) {
      const chart = junk(0);
      // Bias towards almost-valid charts so the deeper checks run too.
      inputs.push(random() < 0.5 && chart && typeof chart === 'object' ? { ...base(), ...(chart as object) } : chart);
    }
    for (const input of inputs) {
      const result = validateChart(input);
      expect(result.ok === true || (Array.isArray(result.errors) && result.errors.length > 0)).to.equal(true);
    }
  });
});
