import { expect } from '@esm-bundle/chai';
import { convertSize, SIZE_SYSTEMS, systemForLocale, systemTable, validateChart, type Chart, type ConvertResult } from '../../src/size/index.js';
import { loadChart } from './support.js';

async function chart(name: string): Promise<Chart> {
  const result = validateChart(await loadChart(name));
  if (!result.ok) throw new Error(`${name} invalid`);
  return result.chart;
}

function label(result: ConvertResult): string {
  if (!result.ok) throw new Error(result.reason);
  return result.notation ? `${result.label} (${result.notation})` : result.label;
}

describe('size systems', () => {
  it('has women\'s and men\'s tops and bottoms for every system, ordered and citing a source', () => {
    for (const system of SIZE_SYSTEMS) {
      for (const audience of ['women', 'men'] as const) {
        for (const kind of ['tops', 'bottoms'] as const) {
          const table = systemTable(system, audience, kind);
          expect(table, `${system} ${audience} ${kind}`).to.not.equal(undefined);
          expect(table!.source).to.match(/\w/);
          const key = kind === 'tops' ? 'chest' : 'waist';
          table!.sizes.forEach((size, i) => {
            const range = size[key]!;
            expect(range[0], `${system} ${audience} ${kind} ${size.label}`).to.be.below(range[1]);
            if (i > 0) expect(range[0]).to.be.at.least(table!.sizes[i - 1]![key]![1] - 1e-9);
          });
        }
      }
    }
  });

  it('converts a women\'s EU 38 top (bust 88–92) through the body', async () => {
    const c = await chart('women-tops');
    const convert = (system: Parameters<typeof convertSize>[0]['system'], heightCm?: number) =>
      label(convertSize({ chart: c, label: '38', system, ...(heightCm ? { heightCm } : {}) }));
    // Bust 90 cm.
    expect(convert('EU')).to.equal('38');
    expect(convert('DE')).to.equal('38');
    expect(convert('FR')).to.equal('40');
    expect(convert('IT')).to.equal('44');
    expect(convert('UK')).to.equal('12');
    expect(convert('US')).to.equal('6');
    expect(convert('letters')).to.equal('M');
    expect(convert('CN')).to.equal('XL (170/92A)');
    expect(convert('CN', 163)).to.equal('XL (165/92A)');
    expect(convert('JP')).to.equal('L (13号)');
    expect(convert('KR')).to.equal('90 (M · 66)');
  });

  it('converts men\'s tops and bottoms', async () => {
    const tops = await chart('men-tops');
    // M: chest 94–102, midpoint 98 cm = 38.6 in.
    expect(label(convertSize({ chart: tops, label: 'M', system: 'US' }))).to.equal('38');
    // 98 cm sits on the German 48/50 boundary (half the chest: 49): the larger, as in the ground-truth rule.
    expect(label(convertSize({ chart: tops, label: 'M', system: 'EU' }))).to.equal('50');
    expect(label(convertSize({ chart: tops, label: 'M', system: 'JP' }))).to.equal('L');
    // Also on a boundary in GB/T 1335's 4 cm chest series (96 | 100): 100, written with the shopper's height.
    expect(label(convertSize({ chart: tops, label: 'M', system: 'CN', heightCm: 178 }))).to.equal('XXL (180/100A)');
    expect(label(convertSize({ chart: tops, label: 'M', system: 'KR' }))).to.equal('100 (L)');
    const bottoms = await chart('men-bottoms');
    // 32: waist 80–85 (82.5 cm = 32.5 in), hip 96–101.
    expect(label(convertSize({ chart: bottoms, label: '32', system: 'US' }))).to.equal('32');
    expect(label(convertSize({ chart: bottoms, label: '32', system: 'EU' }))).to.equal('48');
    expect(label(convertSize({ chart: bottoms, label: '32', system: 'JP' }))).to.equal('M');
  });

  it('converts women\'s bottoms by the larger of waist and hip', async () => {
    const bottoms = await chart('women-bottoms');
    // 40: waist 76–80 (78), hip 100–104 (102): UK 14 by both.
    expect(label(convertSize({ chart: bottoms, label: '40', system: 'UK' }))).to.equal('14');
    expect(label(convertSize({ chart: bottoms, label: '40', system: 'EU' }))).to.equal('40');
    // A pear-shaped cut: waist 70 says UK 12, hip 106 says UK 16 -> 16.
    const pear = validateChart({ category: 'bottoms', audience: 'women', unit: 'cm', sizes: [{ label: 'P', waist: [68, 72], hip: [104, 108] }] });
    if (!pear.ok) throw new Error('pear chart invalid');
    expect(label(convertSize({ chart: pear.chart, label: 'P', system: 'UK' }))).to.equal('16');
  });

  it('goes through the body model for charts with only a height/weight table', async () => {
    const table = await chart('men-tops-table-only');
    const result = convertSize({ chart: table, label: 'L', system: 'US' });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.body.chest).to.be.within(95, 115);
  });

  it('flags conversions beyond the target table and unknown labels', async () => {
    const tops = await chart('men-tops');
    const biggest = convertSize({ chart: tops, label: '3XL', system: 'JP' });
    expect(biggest.ok && biggest.outside).to.equal('above-largest');
    expect(convertSize({ chart: tops, label: 'XXXXL', system: 'US' })).to.deep.equal({ ok: false, reason: 'unknown-label' });
  });

  it('picks a system from the locale', () => {
    const cases: [string | undefined, string][] = [
      ['en-US', 'US'],
      ['en', 'US'],
      ['en-GB', 'UK'],
      ['en-AU', 'UK'],
      ['de', 'EU'],
      ['de-AT', 'EU'],
      ['fr', 'FR'],
      ['fr-CA', 'US'],
      ['fr-CH', 'FR'],
      ['it', 'IT'],
      ['es-ES', 'FR'],
      ['zh-CN', 'CN'],
      ['zh', 'CN'],
      ['zh-TW', 'letters'],
      ['zh-Hant', 'letters'],
      ['zh-HK', 'letters'],
      ['ja', 'JP'],
      ['ja-JP', 'JP'],
      ['ko-KR', 'KR'],
      ['nl-NL', 'EU'],
      ['pt-BR', 'EU'],
      ['', 'EU'],
      [undefined, 'EU'],
      ['%%%', 'EU'],
      ['constructor', 'EU'],
      ['toString-US', 'US'],
    ];
    for (const [locale, system] of cases) expect(systemForLocale(locale), String(locale)).to.equal(system);
  });
});
