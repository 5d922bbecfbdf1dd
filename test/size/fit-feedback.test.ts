import { expect } from '@esm-bundle/chai';
import { aggregateFitReports, recommendSize, validateChart, type Chart, type FitReport, type Recommendation, type RecommendResult } from '../../src/size/index.js';
import { loadChart } from './support.js';

function ok(result: RecommendResult): Recommendation {
  if (!result.ok) throw new Error(`expected a recommendation, got ${result.code}: ${result.message}`);
  return result;
}

/** Reports from buyers of each size of a chart that runs small by `cm`: a buyer whose body sits in the top `cm` of
 * the band says "too small" (bands of the women's dress chart are 8 cm wide). */
function reportsFor(chart: Chart, perSize: number, runsSmallCm: number): FitReport[] {
  return chart.sizes.flatMap((s) =>
    Array.from({ length: perSize }, (_, i): FitReport => {
      const position = ((i + 0.5) / perSize) * 8;
      return { label: s.label, fit: position >= 8 - runsSmallCm ? 'too-small' : 'just-right' };
    }),
  );
}

describe('fit feedback', () => {
  it('aggregates raw reports per size and skips what it cannot read', () => {
    const rows = aggregateFitReports([
      { label: 'M', fit: 'too-small' },
      { label: 'M', fit: 'just-right' },
      { label: 'L', fit: 'too-large' },
      { label: 'M', fit: 'too-small' },
      { label: 'S', fit: 'sort-of' } as never,
      null as never,
    ]);
    expect(rows).to.deep.equal([
      { label: 'M', tooSmall: 2, justRight: 1, tooLarge: 0 },
      { label: 'L', tooSmall: 0, justRight: 0, tooLarge: 1 },
    ]);
  });

  it('learns that a garment runs small from 300 reports and picks one size up, and barely moves on three', async () => {
    const raw = (await loadChart('women-dresses')) as Record<string, unknown>;
    const valid = validateChart(raw);
    if (!valid.ok) throw new Error('fixture invalid');
    // Priya, 165 cm / 58 kg: on the chart as stated she is an M.
    const priya = { heightCm: 165, weightKg: 58, sex: 'female', age: 30 } as const;
    const plain = ok(recommendSize(priya, raw));
    expect(plain.label).to.equal('M');
    const many = ok(recommendSize(priya, { ...raw, fitFeedback: aggregateFitReports(reportsFor(valid.chart, 43, 4)) }));
    expect(many.fitFeedback).to.deep.include({ runs: 'small', sizesMoved: 1 });
    expect(many.fitFeedback!.shiftCm).to.be.within(-5.5, -2.5);
    expect(many.fitFeedback!.reports).to.equal(301);
    expect(many.label).to.equal('L');
    const few = ok(recommendSize(priya, { ...raw, fitFeedback: [{ label: 'M', tooSmall: 1, justRight: 2, tooLarge: 0 }] }));
    expect(Math.abs(few.fitFeedback!.shiftCm)).to.be.below(1.5);
    expect(few.fitFeedback!.runs).to.equal('true-to-size');
    expect(few.label).to.equal('M');
  });

  it('refuses fit feedback that names unknown sizes or has impossible counts, naming the field', async () => {
    const raw = (await loadChart('women-dresses')) as Record<string, unknown>;
    const bad = validateChart({ ...raw, fitFeedback: [{ label: 'Q', tooSmall: 1 }, { label: 'M', justRight: -2 }, { label: 'L', tooLarge: 1.5 }] });
    expect(bad.ok).to.equal(false);
    const paths = bad.ok ? [] : bad.errors.map((e) => e.path);
    expect(paths).to.include.members(['fitFeedback[0].label', 'fitFeedback[1].justRight', 'fitFeedback[2].tooLarge']);
    expect(validateChart({ ...raw, fitFeedback: 'many' }).ok).to.equal(false);
  });
});
