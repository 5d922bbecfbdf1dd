import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { UI_LOCALES } from '../../src/i18n/catalogs.js';
import { loadNamespace } from '../../src/i18n/namespace.js';
import { sizeMessages } from '../../src/size/widget/messages/index.js';
import { sizeEn as en } from '../../src/size/widget/messages/en.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { attr, box, demoChart, fill, mountHelper, open, q, submit, text, exists, type Helper } from './widget-helpers.js';

/** The panel's box once floating-ui has placed it (two frames without movement). */
async function placed(helper: Helper) {
  const panel = q(helper, '#panel')!;
  let last = '';
  for (let frame = 0; frame < 120; frame++) {
    await new Promise(requestAnimationFrame);
    const now = JSON.stringify(box(panel));
    if (now === last && panel.dataset['mode'] !== undefined) return box(panel);
    last = now;
  }
  throw new Error('the panel never settled');
}

function expectInside(rect: ReturnType<typeof box>, width: number, height: number, what: string): void {
  expect(rect.left, `${what}: left`).to.be.at.least(0);
  expect(rect.top, `${what}: top`).to.be.at.least(0);
  expect(rect.right, `${what}: right`).to.be.at.most(width + 0.5);
  expect(rect.bottom, `${what}: bottom`).to.be.at.most(height + 0.5);
}

describe('<shoplive-size-helper> layout and languages', () => {
  let chart: Record<string, unknown>;

  before(async () => {
    chart = await demoChart();
  });

  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('is a bottom sheet that stays fully inside a 360 px wide screen', async () => {
    await setViewport({ width: 360, height: 640 });
    const wrapper = mount(`<div style="padding: 200px 0 0 250px"></div>`);
    const helper = mountHelper('units="metric"', chart, wrapper);
    await open(helper);
    const rect = await placed(helper);
    expect(q(helper, '#panel')!.dataset['mode']).to.equal('sheet');
    expectInside(rect, 360, 640, 'sheet');
    expect(rect.width).to.equal(360);
    expect(rect.bottom).to.be.closeTo(640, 0.5);
    // Still inside with the taller result view.
    await fill(helper, { 'height-0': '165', 'weight-0': '55' });
    await submit(helper);
    await waitFor(() => exists(helper, '[part=result]'), 'the result');
    expectInside(await placed(helper), 360, 640, 'sheet with the result');
  });

  it('stays inside the viewport next to a trigger at the right edge of a desktop page, flipping above near the bottom', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrapper = mount(`<div style="position: fixed; top: 120px; right: 0"></div>`);
    const helper = mountHelper('units="metric"', chart, wrapper);
    await open(helper);
    let rect = await placed(helper);
    const trigger = box(q(helper, '[part=trigger]')!);
    expect(q(helper, '#panel')!.dataset['mode']).to.equal('float');
    expectInside(rect, 1280, 800, 'right edge');
    expect(rect.right, 'shifted left to stay on screen').to.be.closeTo(1280 - 8, 1);
    expect(rect.top, 'below the trigger').to.be.at.least(trigger.bottom);
    expect(rect.width).to.be.below(400);

    helper.hide();
    await helper.updateComplete;
    wrapper.style.top = '760px';
    await open(helper);
    rect = await placed(helper);
    expectInside(rect, 1280, 800, 'near the bottom');
    expect(rect.bottom, 'flipped above the trigger').to.be.at.most(box(q(helper, '[part=trigger]')!).top);
  });

  it('turns into a sheet when the window narrows while open', async () => {
    await setViewport({ width: 1024, height: 700 });
    const helper = mountHelper('units="metric"', chart);
    await open(helper);
    await placed(helper);
    expect(q(helper, '#panel')!.dataset['mode']).to.equal('float');
    await setViewport({ width: 375, height: 667 });
    await waitFor(() => q(helper, '#panel')!.dataset['mode'] === 'sheet', 'sheet mode');
    expectInside(await placed(helper), 375, 667, 'sheet after resize');
  });

  it('speaks German, with metric units and EU sizes by default', async () => {
    const helper = mountHelper('lang="de"', chart);
    await waitFor(() => text(helper, '[part=trigger]') === 'Meine Größe finden', 'German trigger');
    await open(helper);
    expect(text(helper, '#title')).to.equal('Die passende Größe finden');
    expect(q<HTMLInputElement>(helper, 'input[name=units][value=metric]')!.checked).to.equal(true);
    await fill(helper, { 'height-0': '250' });
    expect(text(helper, '#height-error')).to.equal('Bitte eine Körpergröße zwischen 100 cm und 230 cm eingeben.');
    await fill(helper, { 'height-0': '165', 'weight-0': '55' });
    await submit(helper);
    await waitFor(() => exists(helper, '[part=result]'), 'the result');
    expect(text(helper, '#result-heading')).to.equal('Empfohlene Größe');
    expect(text(helper, '[part=confidence]')).to.match(/^(Sehr wahrscheinlich|Wahrscheinlich|Beste Schätzung): zu \d+ % die richtige Größe$/);
    expect(q<HTMLSelectElement>(helper, '#system')!.value).to.equal('EU');
    expect(text(helper, '#system option[value=DE]')).to.equal('Deutschland (DE)');
    expect(text(helper, '[part=model]')).to.equal('Model: 172 cm / 52 kg, trägt \u2068S\u2069');
  });

  it('lays Arabic out right to left', async () => {
    await setViewport({ width: 1024, height: 768 });
    const wrapper = mount(`<div lang="ar" dir="rtl" style="padding-inline-start: 300px"></div>`);
    const helper = mountHelper('units="metric"', chart, wrapper);
    await waitFor(() => text(helper, '[part=trigger]') === 'اعرف مقاسي', 'Arabic trigger');
    await open(helper);
    expect(attr(helper, '#panel', 'dir')).to.equal('rtl');
    expect(attr(helper, '#panel', 'lang')).to.equal('ar');
    expect(getComputedStyle(q(helper, '#panel')!).direction).to.equal('rtl');
    expect(text(helper, '#title')).to.equal('اعثر على مقاسك');
    // Logical layout: the close button sits at the inline end, which is the left in Arabic.
    const title = box(q(helper, '#title')!);
    const close = box(q(helper, '[part=close-button]')!);
    expect(close.right).to.be.at.most(title.left);
    // RTL placement: the panel's right edge lines up with the trigger's right edge ("bottom-start" in RTL).
    const rect = await placed(helper);
    expect(rect.right).to.be.closeTo(box(q(helper, '[part=trigger]')!).right, 1);
    expectInside(rect, 1024, 768, 'rtl');
    await fill(helper, { 'height-0': '300' });
    expect(text(helper, '#height-error')).to.contain('أدخل طولًا بين');
  });

  it('renders in every shipped language, with complete size texts', async () => {
    const sizeKeys = Object.keys(en) as (keyof typeof en)[];
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const locale of UI_LOCALES) {
      const catalog = (await loadNamespace(sizeMessages, locale)) as Record<keyof typeof en, string>;
      for (const key of sizeKeys) {
        expect(catalog[key]?.trim(), `${locale} ${key}`).to.not.equal('');
        expect(placeholders(catalog[key]), `${locale} ${key}`).to.deep.equal(placeholders(en[key]));
      }
      const helper = mountHelper(`lang="${locale}" units="metric"`, chart);
      await waitFor(() => text(helper, '[part=trigger]') === catalog['size.trigger'], `${locale} trigger`);
      await open(helper);
      expect(text(helper, '#title'), locale).to.equal(catalog['size.title']);
      expect(text(helper, '[part=submit-button]'), locale).to.equal(catalog['size.submit']);
      cleanup();
    }
  });
});
