import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { convertSize, systemForLocale, validateChart } from '../../src/size/index.js';
import { ShopliveSizeHelper } from '../../src/size/widget/size-helper.js';
import { cleanup, mount, recordEvents, waitFor } from '../support/dom.js';
import {
  activeId,
  attr,
  choose,
  demoChart,
  engine,
  exists,
  fill,
  focusInPanel,
  freshPagePerTest,
  mountHelper,
  open,
  q,
  root,
  select,
  settled,
  sized,
  submit,
  text,
  type,
  values,
} from './widget-helpers.js';

describe('<shoplive-size-helper>', () => {
  let chart: Record<string, unknown>;
  const originalLoad = ShopliveSizeHelper.loadPanel;

  before(async () => {
    chart = await demoChart();
  });

  freshPagePerTest();
  afterEach(() => {
    ShopliveSizeHelper.loadPanel = originalLoad;
  });

  describe('opening and closing', () => {
    it('opens with Enter, moves focus in, keeps Tab inside, and Escape gives focus back to the trigger', async () => {
      const before = mount(`<button>before</button>`);
      const helper = mountHelper('product-id="dress" units="metric"', chart);
      await helper.updateComplete;
      expect(text(helper, '[part=trigger]')).to.equal('Find my size');
      expect(attr(helper, '[part=trigger]', 'aria-haspopup')).to.equal('dialog');
      expect(attr(helper, '[part=trigger]', 'aria-expanded')).to.equal('false');

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(activeId(helper)).to.equal('trigger');
      await sendKeys({ press: 'Enter' });
      await settled(helper);
      await waitFor(() => activeId(helper) === 'height-0', 'focus on the first field');
      expect(helper.open).to.equal(true);
      expect(attr(helper, '[part=trigger]', 'aria-expanded')).to.equal('true');
      expect(attr(helper, '#panel', 'role')).to.equal('dialog');
      expect(attr(helper, '#panel', 'aria-modal')).to.equal('true');
      expect(text(helper, `#${attr(helper, '#panel', 'aria-labelledby')}`)).to.equal('Find your size');

      // Forwards: every stop is inside the panel, and after the last one Tab comes back round to the first.
      const forward: string[] = [];
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        expect(focusInPanel(helper), `Tab ${i + 1} stays in the panel`).to.equal(true);
        forward.push(activeId(helper));
      }
      const cycle = forward.indexOf('close-button');
      expect(cycle, 'Tab wrapped to the close button').to.be.greaterThan(0);
      expect(forward[cycle - 1]).to.equal('submit-button');
      expect(forward).to.include.members(['weight-0', 'sex', 'age', 'remember']);
      // Backwards from the first stop goes to the last.
      q<HTMLElement>(helper, '[part=close-button]')!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(activeId(helper)).to.equal('submit-button');

      await sendKeys({ press: 'Escape' });
      await waitFor(() => !exists(helper, '#panel'), 'the panel to close');
      expect(helper.open).to.equal(false);
      expect(helper.hasAttribute('open')).to.equal(false);
      expect(document.activeElement === helper && activeId(helper) === 'trigger').to.equal(true);
    });

    it('closes with the close button and on a press outside', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      q<HTMLButtonElement>(helper, '[part=close-button]')!.click();
      await waitFor(() => !exists(helper, '#panel'), 'closed by the button');
      expect(activeId(helper)).to.equal('trigger');

      await open(helper);
      await waitFor(() => activeId(helper) === 'height-0', 'focus in the reopened panel');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
      await waitFor(() => !exists(helper, '#panel'), 'closed by a press outside');
      // A press inside does not close it.
      await open(helper);
      q<HTMLElement>(helper, '#height-0')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await helper.updateComplete;
      expect(exists(helper, '#panel')).to.equal(true);
    });

    it('loads its code and the chart only on first open, showing a loading state meanwhile', async () => {
      let release!: () => void;
      let loads = 0;
      ShopliveSizeHelper.loadPanel = async () => {
        loads++;
        await new Promise<void>((resolve) => (release = resolve));
        return originalLoad();
      };
      const url = new URL(`../../demo/size-chart.json?lazy=${Math.random()}`, import.meta.url).href;
      const helper = mountHelper(`chart-src="${url}"`);
      await helper.updateComplete;
      expect(loads).to.equal(0);
      expect(performance.getEntriesByName(url).length).to.equal(0);

      q<HTMLButtonElement>(helper, '[part=trigger]')!.click();
      await waitFor(() => exists(helper, '[part=loading]'), 'the loading state');
      expect(text(helper, '[part=loading]')).to.equal('Loading the size guide…');
      expect(attr(helper, '#panel', 'aria-busy')).to.equal('true');
      expect(focusInPanel(helper) || root(helper).activeElement?.id === 'panel').to.equal(true);
      release();
      expect(await settled(helper)).to.equal('form');
      expect(loads).to.equal(1);
      expect(performance.getEntriesByName(url).length).to.equal(1);
      expect(attr(helper, '#panel', 'aria-busy')).to.equal('false');

      // Closing and reopening loads nothing again.
      helper.hide();
      await helper.updateComplete;
      await open(helper);
      expect(loads).to.equal(1);
      expect(performance.getEntriesByName(url).length).to.equal(1);
    });

    it('says clearly when its code cannot be loaded, and recovers with Try again', async () => {
      let fail = true;
      ShopliveSizeHelper.loadPanel = () => (fail ? Promise.reject(new Error('offline')) : originalLoad());
      const errors = recordEvents(document, ['shoplive-error']);
      const helper = mountHelper('', chart);
      expect(await open(helper)).to.equal('message');
      expect(text(helper, '[part=message]')).to.equal('The size guide could not be loaded. Check your connection and try again.');
      expect(attr(helper, '[part=message]', 'role')).to.equal('alert');
      expect(errors.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['size-helper-load']);
      fail = false;
      q<HTMLButtonElement>(helper, '[part=retry-button]')!.click();
      await waitFor(() => exists(helper, '[part=form]'), 'the form after retrying');
    });

    it('refuses an unsafe chart-src without fetching it', async () => {
      const helper = mountHelper('chart-src="javascript:alert(1)"');
      expect(await open(helper)).to.equal('message');
      expect(text(helper, '[part=message]')).to.equal('The size chart of this product could not be loaded.');
    });
  });

  describe('the form', () => {
    it('validates out-of-range input with clear messages tied to the fields', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      await fill(helper, { 'height-0': '300' });
      expect(text(helper, '#height-error')).to.equal('Enter a height between 100 cm and 230 cm.');
      expect(attr(helper, '#height-0', 'aria-invalid')).to.equal('true');
      expect(attr(helper, '#height-0', 'aria-describedby')).to.equal('height-error');
      // An empty weight is only an error once the shopper asks for a size; focus goes to the first problem.
      expect(text(helper, '#weight-error')).to.equal('');
      await submit(helper);
      await waitFor(() => activeId(helper) === 'height-0', 'focus on the invalid height');
      expect(text(helper, '#weight-error')).to.equal('Enter your weight.');
      expect(exists(helper, '[part=result]')).to.equal(false);

      // Fixing a value clears its message as the shopper types.
      await type(helper, 'height-0', '165');
      expect(text(helper, '#height-error')).to.equal('');
      expect(attr(helper, '#height-0', 'aria-invalid')).to.equal('false');
      expect(attr(helper, '#height-0', 'aria-describedby')).to.equal(null);

      await fill(helper, { 'weight-0': '12' });
      expect(text(helper, '#weight-error')).to.equal('Enter a weight between 25 kg and 250 kg.');
      await fill(helper, { 'weight-0': '240' });
      expect(text(helper, '#weight-error')).to.equal('This height and weight do not go together. Please check both.');
      await fill(helper, { 'weight-0': '55', age: '7' });
      expect(text(helper, '#weight-error')).to.equal('');
      expect(text(helper, '#age-error')).to.equal('Enter an age between 14 and 100, or leave it empty.');
      expect(attr(helper, '#age', 'aria-invalid')).to.equal('true');

      // Imperial limits are whole units the engine accepts.
      await choose(helper, 'input[name=units][value=imperial]');
      await fill(helper, { 'height-0': '2', 'height-1': '0' });
      expect(text(helper, '#height-error')).to.equal('Enter a height between 3 ft 4 in and 7 ft 6 in.');
      expect(attr(helper, '#height-1', 'aria-invalid')).to.equal('true');
    });

    it('converts the values when the unit toggle flips, both ways, without drift', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      expect(attr(helper, 'input[name=units][value=metric]', 'value')).to.equal('metric');
      expect(q<HTMLInputElement>(helper, 'input[name=units][value=metric]')!.checked).to.equal(true);
      await fill(helper, { 'height-0': '170', 'weight-0': '65' });
      for (let flip = 0; flip < 5; flip++) {
        await choose(helper, 'input[name=units][value=imperial]');
        expect(values(helper, 'height-0', 'height-1', 'weight-0')).to.deep.equal(['5', '6.9', '143.3']);
        await choose(helper, 'input[name=units][value=metric]');
        expect(values(helper, 'height-0', 'weight-0')).to.deep.equal(['170', '65']);
      }
      // Typed in imperial, shown in metric, and back: the typed numbers survive.
      await choose(helper, 'input[name=units][value=imperial]');
      await fill(helper, { 'height-0': '5', 'height-1': '7', 'weight-0': '150' });
      await choose(helper, 'input[name=units][value=metric]');
      expect(values(helper, 'height-0', 'weight-0')).to.deep.equal(['170.2', '68']);
      await choose(helper, 'input[name=units][value=imperial]');
      expect(values(helper, 'height-0', 'height-1', 'weight-0')).to.deep.equal(['5', '7', '150']);
      // The labels name the units.
      expect(text(helper, '[part=units] label:first-of-type')).to.equal('cm · kg');
      expect(text(helper, '[part=units] label:last-of-type')).to.equal('ft · in · lb');
      expect(attr(helper, '#height-1', 'aria-label')).to.equal('Height (inches)');
    });

    it('asks a British shopper for stones and pounds', async () => {
      const helper = mountHelper('lang="en-GB"', chart);
      await open(helper);
      expect(q<HTMLInputElement>(helper, 'input[name=units][value=imperial]')!.checked).to.equal(true);
      expect(text(helper, '[part=units] label:last-of-type')).to.equal('ft · in · st · lb');
      await fill(helper, { 'weight-0': '10', 'weight-1': '3' });
      await choose(helper, 'input[name=units][value=metric]');
      expect(values(helper, 'weight-0')).to.deep.equal(['64.9']);
      await choose(helper, 'input[name=units][value=imperial]');
      expect(values(helper, 'weight-0', 'weight-1')).to.deep.equal(['10', '3']);
    });
  });

  describe('the result', () => {
    it('recommends what the engine recommends for a known profile, and shows it all', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      await select(helper, 'sex', 'female');
      await sized(helper, { 'height-0': '165', 'weight-0': '55', age: '30' });
      const expected = engine({ heightCm: 165, weightKg: 55, sex: 'female', age: 30, fit: 'regular' }, chart);
      expect(text(helper, '[part=size]')).to.equal(expected.label);
      const percent = `${Math.round(expected.confidence * 100)}%`;
      expect(text(helper, '[part=confidence]')).to.contain(percent);
      expect(text(helper, '[part=confidence]')).to.match(/^(Very likely|Likely|Best guess): \d+% chance that this is your size$/);
      const notes = [...q(helper, '[part=notes]')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
      const words = { tight: 'tight', snug: 'snug', good: 'good fit', roomy: 'some room', loose: 'loose' } as const;
      const names = { chest: 'Chest', waist: 'Waist', hip: 'Hips', shoulder: 'Shoulders' } as const;
      const room = (n: (typeof expected.notes)[number]) => (n.roomCm === undefined ? '' : ` (${Math.round(n.roomCm)} cm of room)`);
      expect(notes).to.deep.equal(expected.notes.map((n) => `${names[n.measurement]}: ${words[n.fit]}${room(n)}`));
      expect(text(helper, '[part=model]')).to.equal('Model 172 cm / 52 kg wears \u2068S\u2069');
      // Focus moved to the answer, and the answer was announced.
      await waitFor(() => activeId(helper) === 'result-heading', 'focus on the result');
      expect(text(helper, '[role=status]')).to.contain(`Recommended size: \u2068${expected.label}\u2069.`);
      // The shopper's own system (en-US: US), converted through the body.
      const valid = validateChart(chart);
      if (!valid.ok) throw new Error('demo chart invalid');
      const us = convertSize({ chart: valid.chart, label: expected.label, system: systemForLocale('en-US'), sex: 'female', heightCm: 165 });
      expect(us.ok).to.equal(true);
      expect(q<HTMLSelectElement>(helper, '#system')!.value).to.equal('US');
      expect(text(helper, '[part=system-size]')).to.equal(`In this system: \u2068${us.ok ? us.label : ''}\u2069`);
      // How we estimate: closed until asked, with the estimated body and the data's limits.
      const details = q<HTMLDetailsElement>(helper, '[part=details]')!;
      expect(details.open).to.equal(false);
      expect(text(helper, '[part=details] summary')).to.equal('How we estimate');
      expect(text(helper, '[part=details]')).to.contain(`Chest: ${Math.round(expected.estimate.chestCm)} cm`);
      expect(text(helper, '[part=details]')).to.contain(`Hips: ${Math.round(expected.estimate.hipCm)} cm`);
      expect(text(helper, '[part=details]')).to.contain('adults aged 17 to 58');
    });

    it('names both sizes when the shopper is between two, and lets the fit preference decide', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      for (const fit of ['snug', 'loose'] as const) {
        await choose(helper, `input[name=fit][value=${fit}]`);
        await sized(helper, { 'height-0': '170', 'weight-0': '62' });
        const expected = engine({ heightCm: 170, weightKg: 62, fit }, chart);
        expect(expected.between, 'the profile is between sizes').to.not.equal(undefined);
        expect(text(helper, '[part=size]')).to.equal(expected.label);
        expect(text(helper, '[part=between]')).to.equal(
          `You are between \u2068${expected.between!.smaller}\u2069 (${Math.round(expected.between!.smallerProbability * 100)}%) and ` +
            `\u2068${expected.between!.larger}\u2069 (${Math.round(expected.between!.largerProbability * 100)}%). For the fit you like, we suggest \u2068${expected.label}\u2069.`,
        );
        q<HTMLButtonElement>(helper, '[part=edit-button]')!.click();
        await waitFor(() => exists(helper, '[part=form]'), 'back to the form');
        expect(values(helper, 'height-0', 'weight-0')).to.deep.equal(['170', '62']);
      }
      expect(engine({ heightCm: 170, weightKg: 62, fit: 'snug' }, chart).label).to.not.equal(engine({ heightCm: 170, weightKg: 62, fit: 'loose' }, chart).label);
    });

    it('shows the model and the estimates in the shopper’s units, and switches size system', async () => {
      const helper = mountHelper('', chart);
      await open(helper);
      // en-US: imperial by default.
      await sized(helper, { 'height-0': '5', 'height-1': '5', 'weight-0': '121' });
      expect(text(helper, '[part=model]')).to.equal('Model 5 ft 8 in / 115 lb wears \u2068S\u2069');
      expect(text(helper, '[part=details]')).to.match(/Chest: \d+(\.\d)? in/);
      const valid = validateChart(chart);
      if (!valid.ok) throw new Error('demo chart invalid');
      const label = text(helper, '[part=size]');
      await select(helper, 'system', 'JP');
      const jp = convertSize({ chart: valid.chart, label, system: 'JP', heightCm: 165.1 });
      expect(jp.ok).to.equal(true);
      expect(text(helper, '[part=system-size]')).to.contain(jp.ok ? jp.label : '?');
      await select(helper, 'system', 'CN');
      expect(text(helper, '[part=system-size]')).to.match(new RegExp(`^In this system: \u2068${label} \\(165/\\d+[YABC]\\)\u2069$`));
      expect(text(helper, '#system option[value=letters]')).to.equal('Letter sizes (XS–XXL)');
      expect(text(helper, '#system option[value=UK]')).to.equal('United Kingdom (UK)');
    });
  });

  describe('charts it cannot use', () => {
    it('shows a plain size table, never a size, and names the broken fields', async () => {
      const broken = {
        ...chart,
        sizes: [
          { label: 'S', chest: [80, 86], waist: [66, 72], hip: [88, 92] },
          { label: 'M', chest: [84, 88], waist: [72, 78], hip: [92, 96], length: 110 },
        ],
        heightWeight: undefined,
        model: undefined,
      };
      const errors = recordEvents(document, ['shoplive-error']);
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const helper = mountHelper('product-id="broken" units="metric"', broken);
        expect(await open(helper)).to.equal('table');
        expect(exists(helper, '[part=size]') || exists(helper, '[part=form]')).to.equal(false);
        expect(text(helper, '[part=message]')).to.equal('We cannot recommend a size for this product, but here is its size chart.');
        expect(text(helper, 'caption')).to.equal('Size chart (cm)');
        const headers = [...q(helper, '[part=table] thead')!.querySelectorAll('th')].map((th) => th.textContent!.trim());
        expect(headers).to.deep.equal(['Size', 'Chest', 'Waist', 'Hips', 'length']);
        const rows = [...q(helper, '[part=table] tbody')!.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()).join('|'));
        expect(rows).to.deep.equal(['S|80–86|66–72|88–92|', 'M|84–88|72–78|92–96|110']);
      } finally {
        console.warn = warn;
      }
      const validation = validateChart(broken);
      expect(validation.ok).to.equal(false);
      const paths = validation.ok ? [] : validation.errors.map((e) => e.path);
      expect(paths.length).to.be.greaterThan(0);
      for (const path of paths) expect(warnings.join('\n')).to.contain(path);
      expect(errors.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['size-chart-invalid']);
    });

    it('shows a message when the chart has no usable sizes, or there is no chart', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const helper = mountHelper('', { category: 'hats', sizes: 'S, M, L' });
        expect(await open(helper)).to.equal('message');
        expect(text(helper, '[part=message]')).to.equal('There is no size information for this product yet.');
        expect(exists(helper, '[part=size]') || exists(helper, '[part=table]')).to.equal(false);
      } finally {
        console.warn = warn;
      }
      const none = mountHelper('');
      expect(await open(none)).to.equal('message');
    });
  });

  describe('buy buttons', () => {
    it('opens for a buy button’s shoplive-size-request and hands the chosen size back', async () => {
      const other = mountHelper('product-id="another-product"', chart);
      const helper = mountHelper('product-id="silk-wrap-dress" units="metric"');
      // Like <shoplive-buy-button>: the request comes from the host, focus is on a button in its shadow root.
      const host = mount(`<fake-buy-button></fake-buy-button>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('button');
      inner.textContent = 'Find my size';
      shadow.append(inner);
      await helper.updateComplete;
      const recommended = recordEvents(document, ['shoplive-size-recommended']);
      inner.focus();
      const request = new CustomEvent('shoplive-size-request', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { productId: 'silk-wrap-dress', sizeChart: chart, sizes: ['XS', 'S', 'M', 'L', 'XL'] },
      });
      host.dispatchEvent(request);
      expect(request.defaultPrevented, 'the request was taken').to.equal(true);
      expect(await settled(helper)).to.equal('form');
      // Anchored to the requesting button: the panel opens right below it.
      const hostBox = host.getBoundingClientRect();
      await waitFor(() => Math.abs(q(helper, '#panel')!.getBoundingClientRect().top - (hostBox.bottom + 8)) < 1.5, 'the panel below the buy button');
      expect(other.open).to.equal(false);
      await sized(helper, { 'height-0': '165', 'weight-0': '55' });
      q<HTMLButtonElement>(helper, '[part=use-button]')!.click();
      await waitFor(() => recommended.length === 1, 'the recommendation');
      expect((recommended[0]!.detail as { productId: string; label: string }).productId).to.equal('silk-wrap-dress');
      expect((recommended[0]!.detail as { label: string }).label).to.equal(engine({ heightCm: 165, weightKg: 55 }, chart).label);
      await waitFor(() => !helper.open, 'closed');
      expect(document.activeElement === host && shadow.activeElement === inner, 'focus back on the buy button').to.equal(true);
    });

    it('lets a helper without product-id serve any product, and ignores requests nobody matches', async () => {
      const generic = mountHelper('units="metric"');
      const button = mount<HTMLButtonElement>(`<button>Buy</button>`);
      await generic.updateComplete;
      const events = recordEvents(document, ['shoplive-size-recommended']);
      button.dispatchEvent(new CustomEvent('shoplive-size-request', { bubbles: true, composed: true, cancelable: true, detail: { productId: 'p-42', sizeChart: chart } }));
      expect(await settled(generic)).to.equal('form');
      await sized(generic, { 'height-0': '165', 'weight-0': '55' });
      q<HTMLButtonElement>(generic, '[part=use-button]')!.click();
      await waitFor(() => events.length === 1, 'the recommendation');
      expect((events[0]!.detail as { productId: string }).productId).to.equal('p-42');
      cleanup();

      const specific = mountHelper('product-id="a"', chart);
      await specific.updateComplete;
      const unmatched = new CustomEvent('shoplive-size-request', { bubbles: true, composed: true, cancelable: true, detail: { productId: 'b' } });
      document.body.dispatchEvent(unmatched);
      await specific.updateComplete;
      expect(unmatched.defaultPrevented || specific.open).to.equal(false);
    });
  });
});

