// The corpus through the size helper's chart: a size label (shown in the result, spliced into "Use size {label}"),
// the chart's measurements, the whole chart value, and `chart-src`. A fresh helper per payload (charts are cached).
import { expect } from '@esm-bundle/chai';
import { CHART_LIMITS } from '../../../src/size/chart-fields.js';
import { cleanup, waitFor } from '../../support/dom.js';
import { demoChart, exists, fill, mountHelper, open, q, submit, type Helper } from '../../size/widget-helpers.js';
import { payloadsFor, verdictOf, type Payload } from './payloads.js';
import { expectHarmless, expectReports, isClean, outOfBox, visible, watch, type Watch } from './probes.js';

const INPUT = 'size-chart';
type Chart = Record<string, unknown> & { sizes: Array<Record<string, unknown>>; heightWeight: Array<Record<string, unknown>>; model: Record<string, unknown> };

/** The demo chart with size M renamed to `label` everywhere (sizes, the height/weight table, the model). */
async function withLabel(label: string): Promise<Chart> {
  const chart = (await demoChart()) as Chart;
  for (const row of [...chart.sizes, ...chart.heightWeight]) if (row['label'] === 'M') row['label'] = label;
  if (chart.model['wears'] === 'M') chart.model['wears'] = label;
  return chart;
}

describe('hostile corpus: size charts', () => {
  let probes: Watch | undefined;
  afterEach(() => {
    probes?.stop();
    probes = undefined;
    cleanup();
  });

  async function feed(payload: Payload, slot: string, attributes: string, chart: unknown, until: (helper: Helper) => unknown, setUp?: (helper: Helper) => void): Promise<{ helper: Helper; seen: Watch }> {
    probes = watch();
    const helper = mountHelper(`lang="de" units="metric" style="display: block; max-width: 360px" ${attributes}`, chart);
    setUp?.(helper);
    await open(helper);
    await waitFor(() => until(helper), `${payload.name} in ${slot}: the panel settled`);
    expectHarmless(probes, `${payload.name} in ${slot}`, [helper.shadowRoot!]);
    expect(outOfBox(q(helper, '#panel')!), `${payload.name} in ${slot}: layout of the panel`).to.deep.equal([]);
    return { helper, seen: probes };
  }

  const reported = () => probes!.reports.some((report) => report.kind === 'event');

  for (const payload of payloadsFor(INPUT, 'text')) {
    it(`size label: ${payload.name}`, async () => {
      const value = String(payload.make());
      const label = visible(value).trim();
      // A label that still reads as more than a short size name once cleaned is refused.
      const refused = verdictOf(payload, INPUT) === 'refused' || !label || label.length > CHART_LIMITS.label;
      const { helper, seen } = await feed(payload, 'label', '', await withLabel(value), (element) => (refused ? reported() : exists(element, '[part=form]')));
      if (!refused) {
        await fill(helper, { 'height-0': '165', 'weight-0': '55' });
        await submit(helper);
        const size = await waitFor(() => q(helper, '[part=size]'), 'the result');
        expect(size.textContent!.trim(), 'the label drawn').to.equal(label);
        expect(isClean(q(helper, '#panel')!.textContent!), 'the panel text is clean').to.equal(true);
        expect(getComputedStyle(size).unicodeBidi).to.equal('isolate');
        expect(q(helper, '[part=use-button]')!.textContent!.trim(), 'the label, isolated in the sentence').to.equal(`Größe \u2068${label}\u2069 wählen`);
        expect(outOfBox(q(helper, '#panel')!), `${payload.name}: layout of the result`).to.deep.equal([]);
      }
      expectReports(seen.reports, refused, payload.name, /^size helper: the size chart of .* is not usable.*sizes\[2\]\.label/s);
    });
  }

  for (const payload of payloadsFor(INPUT, 'number')) {
    it(`measurement: ${payload.name}`, async () => {
      const chart = await withLabel('M');
      chart.sizes[2]!['chest'] = [payload.make(), 88];
      const { seen } = await feed(payload, 'chest', '', chart, reported);
      expectReports(seen.reports, true, payload.name, /sizes\[2\]\.chest/);
    });
  }

  for (const payload of payloadsFor(INPUT, 'value')) {
    it(`the chart value: ${payload.name}`, async () => {
      const refused = verdictOf(payload, INPUT) === 'refused';
      const { seen } = await feed(payload, 'chart', '', payload.make(), (helper) => (refused ? reported() : exists(helper, '[part=message]')));
      expectReports(seen.reports, refused, payload.name, /^size helper: the size chart of .* is not usable/);
    });
  }

  for (const payload of payloadsFor(INPUT, 'url').filter((candidate) => verdictOf(candidate, INPUT) === 'refused')) {
    it(`chart-src: ${payload.name}`, async () => {
      // As a property: markup would turn a NUL into U+FFFD before the SDK sees it.
      const { seen } = await feed(payload, 'chart-src', '', undefined, reported, (helper) => (helper.chartSrc = String(payload.make())));
      expectReports(seen.reports, true, payload.name, /could not be loaded: .*chart-src '.*' is /s);
    });
  }
});
