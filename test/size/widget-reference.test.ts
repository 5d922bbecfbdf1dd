// The size helper's optional reference step: "Do you know your size in another brand?"
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { recommendSize, type Recommendation } from '../../src/size/index.js';
import { loadNamespace } from '../../src/i18n/namespace.js';
import { UI_LOCALES } from '../../src/i18n/catalogs.js';
import { sizeMessages } from '../../src/size/widget/messages/index.js';
import { cleanup, waitFor } from '../support/dom.js';
import { captureWarnings } from '../commerce/support.js';
import { box, choose, demoChart, exists, fill, mountHelper, open, q, root, select, submit, text, type Helper } from './widget-helpers.js';

const STORAGE_KEY = 'shoplive:size-profile';

function engine(profile: Parameters<typeof recommendSize>[0], chart: unknown): Recommendation {
  const result = recommendSize(profile, chart);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const options = (helper: Helper, id: string) => [...q<HTMLSelectElement>(helper, `#${id}`)!.options].map((o) => o.value);

/** A first answer from height and weight, then the size worn elsewhere, chosen under it. */
async function sizedWith(helper: Helper, system: string, label: string): Promise<void> {
  await sized(helper);
  q<HTMLDetailsElement>(helper, '[part=reference]')!.open = true;
  await select(helper, 'ref-system', system);
  await select(helper, 'ref-size', label);
}

async function sized(helper: Helper): Promise<void> {
  await select(helper, 'sex', 'female');
  await fill(helper, { 'height-0': '165', 'weight-0': '58' });
  await submit(helper);
  await waitFor(() => exists(helper, '[part=result]'), 'the result');
}

describe('<shoplive-size-helper> reference size step', () => {
  let chart: Record<string, unknown>;
  before(async () => {
    chart = await demoChart();
  });
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => {
    cleanup();
    localStorage.removeItem(STORAGE_KEY);
  });

  it('asks, optionally, with a labelled system picker and the system\'s sizes for this product', async () => {
    const helper = mountHelper('units="metric"', chart);
    await open(helper);
    await sized(helper);
    expect(text(helper, '[part=reference] summary')).to.equal('Do you know your size in another brand? (optional)');
    // Folded until asked for: the optional step does not lengthen the form.
    expect(q<HTMLDetailsElement>(helper, '[part=reference]')!.open).to.equal(false);
    expect(box(q(helper, '[part=reference] summary')!).height).to.be.at.least(44);
    q<HTMLElement>(helper, '[part=reference] summary')!.click();
    await helper.updateComplete;
    expect(q<HTMLSelectElement>(helper, '#ref-system')!.labels[0]!.textContent).to.equal('Size system');
    expect(q<HTMLSelectElement>(helper, '#ref-size')!.labels[0]!.textContent).to.equal('Size you wear');
    // Nothing chosen: no size list yet, and the step does not block the answer.
    expect(q<HTMLSelectElement>(helper, '#ref-size')!.disabled).to.equal(true);
    await select(helper, 'ref-system', 'US');
    expect(q<HTMLSelectElement>(helper, '#ref-size')!.disabled).to.equal(false);
    // US women's misses sizes (the demo chart is a women's dress).
    expect(options(helper, 'ref-size')).to.deep.equal(['', '00', '0', '2', '4', '6', '8', '10', '12', '14', '16', '18', '20', '22']);
    await select(helper, 'ref-system', 'letters');
    expect(options(helper, 'ref-size').slice(1, 4)).to.deep.equal(['XXS', 'XS', 'S']);
    // Touch targets: the selects are at least 40 px high and fit a 360 px phone panel.
    expect(box(q(helper, '#ref-size')!).height).to.be.at.least(40);
  });

  it('feeds the size worn elsewhere to the engine and says it was used', async () => {
    const helper = mountHelper('units="metric"', chart);
    await open(helper);
    await sized(helper);
    const before = text(helper, '[part=size]');
    q<HTMLDetailsElement>(helper, '[part=reference]')!.open = true;
    await select(helper, 'ref-system', 'US');
    expect(text(helper, '[part=size]'), 'a system alone changes nothing').to.equal(before);
    expect(exists(helper, '[part=reference-used]')).to.equal(false);
    await select(helper, 'ref-size', '12');
    const expected = engine({ heightCm: 165, weightKg: 58, sex: 'female', fit: 'regular', reference: { system: 'US', label: '12' } }, chart);
    const without = engine({ heightCm: 165, weightKg: 58, sex: 'female', fit: 'regular' }, chart);
    expect(expected.label, 'the reference changes the answer for this profile').to.not.equal(without.label);
    expect(text(helper, '[part=size]')).to.equal(expected.label);
    expect(text(helper, '[part=reference-used]')).to.equal('Also based on the size you wear elsewhere: \u206812\u2069.');
    // The new answer is announced, as the first one was.
    await waitFor(() => text(helper, '[role=status]').includes(`Recommended size: \u2068${expected.label}\u2069.`), 'the announcement');
  });

  it('can be used from the keyboard alone', async () => {
    const helper = mountHelper('units="metric"', chart);
    await open(helper);
    await sized(helper);
    q<HTMLElement>(helper, '[part=reference] summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => q<HTMLDetailsElement>(helper, '[part=reference]')!.open, 'the step unfolded');
    await sendKeys({ press: 'Tab' });
    expect((root(helper).activeElement as HTMLElement).id).to.equal('ref-system');
    await sendKeys({ press: 'ArrowDown' }); // first system after "I don't know": US
    await helper.updateComplete;
    await waitFor(() => !q<HTMLSelectElement>(helper, '#ref-size')!.disabled, 'the size list');
    expect(q<HTMLSelectElement>(helper, '#ref-system')!.value).to.equal('US');
    await sendKeys({ press: 'Tab' });
    expect((root(helper).activeElement as HTMLElement).id).to.equal('ref-size');
  });

  it('is remembered with the profile when "remember me" is on, and read back type-checked', async () => {
    const first = mountHelper('units="metric"', chart);
    await open(first);
    await choose(first, '#remember');
    await sizedWith(first, 'UK', '12');
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Record<string, unknown>;
    expect(stored['reference']).to.deep.equal({ system: 'UK', label: '12' });
    cleanup();
    const second = mountHelper('units="metric"', chart);
    expect(await open(second)).to.equal('result');
    expect(text(second, '[part=reference-used]')).to.contain('12');
    expect(q<HTMLDetailsElement>(second, '[part=reference]')!.open, 'a remembered reference shows unfolded').to.equal(true);
    expect(q<HTMLSelectElement>(second, '#ref-system')!.value).to.equal('UK');
    expect(q<HTMLSelectElement>(second, '#ref-size')!.value).to.equal('12');
    cleanup();
    // A tampered reference makes the whole record untrustworthy: removed, nothing used.
    const warnings = captureWarnings();
    try {
      for (const reference of [{ system: 'MARS', label: 'M' }, { system: 'US', label: 'x'.repeat(200) }, 'US 12']) {
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, reference }));
        const helper = mountHelper('', chart);
        expect(await open(helper), JSON.stringify(reference)).to.equal('form');
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
        cleanup();
      }
    } finally {
      warnings.restore();
    }
  });

  it('is written in all 10 languages', async () => {
    const en = await loadNamespace(sizeMessages, 'en');
    for (const locale of UI_LOCALES) {
      const catalog = await loadNamespace(sizeMessages, locale);
      for (const key of ['size.refQuestion', 'size.refSystem', 'size.refSize', 'size.refNone', 'size.referenceUsed', 'size.runsSmallUp', 'size.boundary'] as const) {
        expect(catalog[key], `${locale} ${key}`).to.be.a('string').and.not.equal('');
        if (locale !== 'en') expect(catalog[key], `${locale} ${key} translated`).to.not.equal(en[key]);
      }
    }
  });
});
