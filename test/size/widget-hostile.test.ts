// Seller charts that try to get out of the panel: bidi controls in size labels, labels too long for a line, charts
// past the size limits.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CHART_LIMITS } from '../../src/size/chart-fields.js';
import { MAX_CHART_BYTES } from '../../src/size/widget/chart-fetch.js';
import { cleanup, recordEvents, waitFor } from '../support/dom.js';
import { captureWarnings, mockHttp, stopMocking } from '../commerce/support.js';
import { demoChart, exists, fill, mountHelper, open, q, settled, submit, type Helper } from './widget-helpers.js';

type Chart = Record<string, unknown> & { sizes: Array<Record<string, unknown>>; heightWeight: Array<Record<string, unknown>>; model: Record<string, unknown> };

/** The demo chart with every size label passed through `rename`. */
async function relabelled(rename: (label: string) => string): Promise<Chart> {
  const chart = (await demoChart()) as Chart;
  for (const row of [...chart.sizes, ...chart.heightWeight]) row['label'] = rename(row['label'] as string);
  chart.model['wears'] = rename(chart.model['wears'] as string);
  return chart;
}

async function result(helper: Helper): Promise<void> {
  await open(helper);
  await fill(helper, { 'height-0': '165', 'weight-0': '55' });
  await submit(helper);
  await waitFor(() => exists(helper, '[part=result]'), 'the result');
}

const textNode = (element: Element) => [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;

/** Left edge of the `index`-th character of an element's text, as drawn. */
function charLeft(element: Element, index: number): number {
  const node = textNode(element);
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect().left;
}

describe('<shoplive-size-helper> with hostile charts', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  it('a size label ending in U+202E cannot reverse the German "Größe {label} wählen"', async () => {
    const chart = await relabelled((label) => (label === 'M' ? 'M\u202E' : label));
    const helper = mountHelper('lang="de" units="metric"', chart);
    await result(helper);
    const use = await waitFor(() => q(helper, '[part=use-button]')?.textContent?.includes('wählen') && q(helper, '[part=use-button]')!, 'German');
    const label = use.textContent!.trim();
    expect(label).to.equal('Größe \u2068M\u2069 wählen');
    expect(q(helper, '#panel')!.textContent).to.not.match(/[\u202A-\u202E]/);
    // Drawn in reading order: "w" left of "n" in "wählen", and "wählen" right of "Größe".
    const text = textNode(use).textContent!;
    const at = (needle: string) => text.indexOf(needle);
    expect(charLeft(use, at('w')), '"w" before "n"').to.be.below(charLeft(use, at('wählen') + 5));
    expect(charLeft(use, at('G')), '"Größe" before "wählen"').to.be.below(charLeft(use, at('w')));
    expect(getComputedStyle(q(helper, '[part=size]')!).unicodeBidi).to.equal('isolate');
  });

  it('wraps a 40-character size label inside a 360 px sheet', async () => {
    await setViewport({ width: 360, height: 640 });
    const long = (label: string) => `${label}${'W'.repeat(CHART_LIMITS.label - label.length)}`;
    const chart = await relabelled(long);
    const helper = mountHelper('units="metric"', chart);
    await result(helper);
    const panel = q(helper, '#panel')!;
    expect(q(helper, '[part=size]')!.textContent!.trim()).to.equal(long('M'));
    expect(panel.scrollWidth, 'no sideways scrolling').to.be.at.most(panel.clientWidth);
    for (const selector of ['[part=size]', '[part=use-button]', '[part=model]']) {
      const box = q(helper, selector)!.getBoundingClientRect();
      expect(box.right, selector).to.be.at.most(360.5);
      expect(box.left, selector).to.be.at.least(-0.5);
    }
  });

  it('refuses charts past the limits on sizes, table rows and label length, naming the limit', async () => {
    const chart = (await demoChart()) as Chart;
    const sizes = Array.from({ length: CHART_LIMITS.sizes + 1 }, (_, k) => ({ label: `S${k}`, chest: [60 + k, 61 + k], waist: [50 + k, 51 + k], hip: [70 + k, 71 + k] }));
    const rows = Array.from({ length: CHART_LIMITS.heightWeightRows + 1 }, () => ({ label: 'M', height: [150, 160], weight: [50, 55] }));
    const cases: Array<[unknown, string]> = [
      [{ ...chart, sizes, heightWeight: undefined, model: undefined }, `sizes: has ${CHART_LIMITS.sizes + 1} sizes; at most ${CHART_LIMITS.sizes} are accepted`],
      [{ ...chart, heightWeight: rows }, `heightWeight: has ${CHART_LIMITS.heightWeightRows + 1} rows; at most ${CHART_LIMITS.heightWeightRows} are accepted`],
      [await relabelled((label) => (label === 'XL' ? 'X'.repeat(CHART_LIMITS.label + 1) : label)), `sizes[4].label: is longer than ${CHART_LIMITS.label} characters`],
    ];
    const warnings = captureWarnings();
    try {
      for (const [bad, message] of cases) {
        const errors = recordEvents(document, ['shoplive-error']);
        const helper = mountHelper('', bad);
        await open(helper);
        await waitFor(() => errors.length, 'the report');
        expect((errors[0]!.detail as { code: string }).code).to.equal('size-chart-invalid');
        expect((errors[0]!.detail as { message: string }).message, message).to.include(message);
        expect(exists(helper, '[part=form]'), 'no size from it').to.equal(false);
        cleanup();
      }
    } finally {
      warnings.restore();
    }
  });

  describe('chart-src past the byte limit', () => {
    before(async () => {
      await mockHttp(http.get('/hostile/chart.json', () => HttpResponse.json({ padding: 'x'.repeat(MAX_CHART_BYTES) })));
    });
    after(stopMocking);

    it('is refused unread, with a clear error and a retry', async () => {
      const warnings = captureWarnings();
      const errors = recordEvents(document, ['shoplive-error']);
      const helper = mountHelper('chart-src="/hostile/chart.json"');
      try {
        await helper.updateComplete;
        q<HTMLButtonElement>(helper, '[part=trigger]')!.click();
        await settled(helper);
        await waitFor(() => errors.length, 'the report');
      } finally {
        warnings.restore();
      }
      expect((errors[0]!.detail as { code: string; message: string }).code).to.equal('size-chart-load');
      expect((errors[0]!.detail as { message: string }).message).to.include('the response is larger than 256 kB');
      expect(exists(helper, '[part=retry-button]')).to.equal(true);
    });
  });
});

