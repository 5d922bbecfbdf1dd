// Before anyone sizes themselves, the product page says what earlier buyers said: a chart whose fit reports show the
// garment runs small or large puts a note beside the size helper's trigger, judged by the engine's own rule.
import { expect } from '@esm-bundle/chai';
import '../../src/size/widget/size-helper.js';
import { cleanup, waitFor } from '../support/dom.js';
import { demoChart, exists, mountHelper, text } from './widget-helpers.js';

type Row = { label: string; tooSmall: number; justRight: number; tooLarge: number };

/** 300 buyers over the chart's sizes: `small` of every 10 said too small, `large` too large. */
function reports(labels: string[], small: number, large: number): Row[] {
  return labels.map((label) => ({ label, tooSmall: 6 * small, justRight: 6 * (10 - small - large), tooLarge: 6 * large }));
}

describe('<shoplive-size-helper> fit note', () => {
  afterEach(cleanup);

  it('says "Most buyers say this runs small" beside the trigger when the reports say so, in the page language', async () => {
    const chart = await demoChart();
    const labels = (chart['sizes'] as Array<{ label: string }>).map((size) => size.label);
    const helper = mountHelper('product-id="dress"', { ...chart, fitFeedback: reports(labels, 5, 0) });
    await waitFor(() => exists(helper, '[part=fit-note]'), 'the fit note');
    expect(text(helper, '[part=fit-note]')).to.equal('Most buyers say this runs small.');
    expect(exists(helper, '#panel'), 'the panel stays closed').to.equal(false);

    helper.lang = 'de';
    await waitFor(() => text(helper, '[part=fit-note]') === 'Die meisten Käufer sagen, es fällt klein aus.', 'the note in German');

    // Reports that say it runs large, then fit as charted: the note follows the chart it is given.
    helper.chart = { ...chart, fitFeedback: reports(labels, 0, 5) };
    await waitFor(() => text(helper, '[part=fit-note]') === 'Die meisten Käufer sagen, es fällt groß aus.', 'the runs-large note');
    helper.chart = { ...chart, fitFeedback: reports(labels, 1, 1) };
    await waitFor(() => !exists(helper, '[part=fit-note]'), 'no note for a garment that fits as charted');
  });

  it('shows no note without reports, or for a chart it cannot use', async () => {
    const chart = await demoChart();
    const plain = mountHelper('product-id="plain"', chart);
    const broken = mountHelper('product-id="broken"', { sizes: 'not a chart', fitFeedback: [{ label: 'M', tooSmall: 300, justRight: 0, tooLarge: 0 }] });
    // A third helper whose note does appear: by then the other two have had every chance to show theirs.
    const labels = (chart['sizes'] as Array<{ label: string }>).map((size) => size.label);
    const witness = mountHelper('product-id="witness"', { ...chart, fitFeedback: reports(labels, 5, 0) });
    await waitFor(() => exists(witness, '[part=fit-note]'), 'the witness note');
    expect(exists(plain, '[part=fit-note]')).to.equal(false);
    expect(exists(broken, '[part=fit-note]')).to.equal(false);
  });
});
