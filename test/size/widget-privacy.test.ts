// The size helper's privacy: what it remembers (only when asked, type-checked and expiring on read-back), and what
// leaves the device (only with the shopper's own consent).
import { expect } from '@esm-bundle/chai';
import { UI_LOCALES } from '../../src/i18n/catalogs.js';
import { loadNamespace } from '../../src/i18n/namespace.js';
import { PROFILE_MAX_AGE_MS } from '../../src/size/widget/constants.js';
import { sizeMessages } from '../../src/size/widget/messages/index.js';
import { cleanup, recordEvents, waitFor } from '../support/dom.js';
import { captureWarnings } from '../commerce/support.js';
import { activeId, choose, demoChart, engine, exists, freshPagePerTest, mountHelper, open, q, select, sized, STORAGE_KEY, submit, text, values } from './widget-helpers.js';

const good = () => ({ v: 2, savedAt: Date.now() - 1000, heightCm: 165, weightKg: 55, fit: 'regular', units: 'metric' });

describe('<shoplive-size-helper> privacy', () => {
  let chart: Record<string, unknown>;

  before(async () => {
    chart = await demoChart();
  });
  freshPagePerTest();

  describe('what leaves the device', () => {
    it('remembers the profile only when asked, and forgets it', async () => {
      const first = mountHelper('units="metric"', chart);
      await open(first);
      expect(q<HTMLInputElement>(first, '#remember')!.checked).to.equal(false);
      await sized(first, { 'height-0': '165', 'weight-0': '55' });
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);

      q<HTMLButtonElement>(first, '[part=edit-button]')!.click();
      await waitFor(() => exists(first, '#remember'), 'the form');
      await choose(first, '#remember');
      await submit(first);
      await waitFor(() => exists(first, '[part=result]'), 'the result');
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Record<string, unknown>;
      expect(stored).to.deep.include({ v: 2, heightCm: 165, weightKg: 55, fit: 'regular', units: 'metric' });
      expect(stored['savedAt']).to.be.a('number').within(Date.now() - 60_000, Date.now());
      const label = text(first, '[part=size]');

      // Another helper (another product page) opens straight on the answer.
      const second = mountHelper('', chart);
      expect(await open(second)).to.equal('result');
      expect(text(second, '[part=size]')).to.equal(label);
      q<HTMLButtonElement>(second, '[part=forget-button]')!.click();
      await waitFor(() => exists(second, '[part=form]'), 'the emptied form');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      expect(values(second, 'height-0', 'weight-0')).to.deep.equal(['', '']);
      expect(q<HTMLInputElement>(second, '#remember')!.checked).to.equal(false);
      expect(exists(second, '[part=forget-button]')).to.equal(false);
      expect(text(second, '[role=status]')).to.equal('Your details were removed from this device.');
      await waitFor(() => activeId(second) === 'height-0', 'focus back on the first field');
    });

    it('unticking "Remember me" deletes what was stored', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      await choose(helper, '#remember');
      await sized(helper, { 'height-0': '160', 'weight-0': '50' });
      expect(localStorage.getItem(STORAGE_KEY)).to.not.equal(null);
      q<HTMLButtonElement>(helper, '[part=edit-button]')!.click();
      await waitFor(() => exists(helper, '#remember'), 'the form');
      await choose(helper, '#remember');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });

    it('sends shoplive-size-recommended without body data by default', async () => {
      const helper = mountHelper('product-id="silk-wrap-dress" units="metric"', chart);
      const events = recordEvents(document, ['shoplive-size-recommended']);
      await open(helper);
      await select(helper, 'sex', 'female');
      await sized(helper, { 'height-0': '165', 'weight-0': '55', age: '31' });
      q<HTMLButtonElement>(helper, '[part=use-button]')!.click();
      await waitFor(() => events.length === 1, 'the event');
      const event = events[0]!;
      expect(event.bubbles && event.composed).to.equal(true);
      const detail = event.detail as Record<string, unknown>;
      expect(Object.keys(detail).sort()).to.deep.equal(['confidence', 'label', 'productId', 'system', 'systemLabel']);
      const expected = engine({ heightCm: 165, weightKg: 55, sex: 'female', age: 31 }, chart);
      expect(detail).to.deep.include({ productId: 'silk-wrap-dress', label: expected.label, confidence: expected.confidence, system: 'US' });
      expect(JSON.stringify(detail)).to.not.match(/165|55|female|31/);
      // "Use this size" closes the panel and gives focus back.
      await waitFor(() => !exists(helper, '#panel'), 'closed');
      expect(activeId(helper)).to.equal('trigger');
    });

    it('with share-profile, asks the shopper; the profile goes out only once they tick it', async () => {
      const helper = mountHelper('product-id="silk-wrap-dress" units="metric" share-profile', chart);
      const events = recordEvents(document, ['shoplive-size-recommended']);
      await open(helper);
      await select(helper, 'sex', 'female');
      await choose(helper, 'input[name=fit][value=loose]');
      await sized(helper, { 'height-0': '165', 'weight-0': '55' });
      const consent = q<HTMLInputElement>(helper, '#share')!;
      expect(consent.checked, 'off until the shopper ticks it').to.equal(false);
      expect(text(helper, '[part=share]')).to.equal('Share my height, weight and fit with this shop, with the size I choose');
      expect(text(helper, '[part=details]')).to.include('They are sent to this shop only if you choose to share them below.');
      // The merchant's wish alone sends nothing.
      q<HTMLButtonElement>(helper, '[part=use-button]')!.click();
      await waitFor(() => events.length === 1, 'the first event');
      expect(events[0]!.detail).to.not.have.property('profile');

      await open(helper);
      await waitFor(() => exists(helper, '#share'), 'the result again');
      await choose(helper, '#share');
      q<HTMLButtonElement>(helper, '[part=use-button]')!.click();
      await waitFor(() => events.length === 2, 'the second event');
      expect((events[1]!.detail as { profile: unknown }).profile).to.deep.equal({ heightCm: 165, weightKg: 55, sex: 'female', fit: 'loose' });
    });

    it('without share-profile, does not ask at all', async () => {
      const helper = mountHelper('units="metric"', chart);
      await open(helper);
      await sized(helper, { 'height-0': '165', 'weight-0': '55' });
      expect(exists(helper, '#share')).to.equal(false);
      expect(text(helper, '[part=details]')).to.include('Your height and weight are used only on this device and are not sent anywhere.');
    });
  });

  describe('reading back what was remembered', () => {
    it('uses a good record, and clamps a savedAt in the future to now', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...good(), savedAt: Date.now() + 10 * PROFILE_MAX_AGE_MS }));
      const helper = mountHelper('', chart);
      expect(await open(helper)).to.equal('result');
      const savedAt = (JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { savedAt: number }).savedAt;
      expect(savedAt, 'written back as now: it expires at the usual age').to.be.at.most(Date.now());
    });

    it('refuses and removes records of the wrong type, out of range, too old or from another version', async () => {
      const warnings = captureWarnings();
      const bad: unknown[] = [
        'not json {',
        '[1, 2]',
        JSON.stringify({ ...good(), v: 1 }),
        JSON.stringify({ ...good(), savedAt: 'yesterday' }),
        JSON.stringify({ ...good(), savedAt: Date.now() - PROFILE_MAX_AGE_MS - 1000 }),
        JSON.stringify({ ...good(), heightCm: '165' }),
        JSON.stringify({ ...good(), heightCm: 1e308 }),
        JSON.stringify({ ...good(), weightKg: 250, heightCm: 100 }),
        JSON.stringify({ ...good(), sex: '<img src=x onerror=alert(1)>' }),
        JSON.stringify({ ...good(), fit: { toString: 'loose' } }),
        JSON.stringify({ ...good(), units: 'furlongs' }),
        JSON.stringify({ ...good(), system: 'MARS' }),
        JSON.stringify({ ...good(), age: -3 }),
      ];
      try {
        for (const record of bad) {
          localStorage.setItem(STORAGE_KEY, record as string);
          const helper = mountHelper('', chart);
          expect(await open(helper), record as string).to.equal('form');
          expect(values(helper, 'height-0', 'weight-0'), record as string).to.deep.equal(['', '']);
          expect(localStorage.getItem(STORAGE_KEY), `${record as string} removed`).to.equal(null);
          cleanup();
        }
      } finally {
        warnings.restore();
      }
      // Each bad record reported once, saying why (an expired one is removed without a word: that is its normal end).
      expect(warnings.lines.filter((line) => line.includes('localStorage "shoplive:size-profile"'))).to.have.length(bad.length - 1);
    });
  });

  it('says in every language that "remember me" keeps the data in this browser, on this shop', async () => {
    const words: Record<string, [RegExp, RegExp]> = {
      en: [/browser/, /shop/],
      de: [/Browser/, /Shop/],
      es: [/navegador/, /tienda/],
      fr: [/navigateur/, /boutique/],
      'pt-BR': [/navegador/, /loja/],
      ja: [/ブラウザ/, /ショップ/],
      ko: [/브라우저/, /상점/],
      'zh-CN': [/浏览器/, /本店/],
      'zh-TW': [/瀏覽器/, /本店/],
      ar: [/المتصفح/, /المتجر/],
    };
    expect(Object.keys(words).sort()).to.deep.equal([...UI_LOCALES].sort());
    for (const locale of UI_LOCALES) {
      const catalog = await loadNamespace(sizeMessages, locale);
      const [browser, shop] = words[locale]!;
      expect(catalog['size.remember'], locale).to.match(browser).and.match(shop);
      expect(catalog['size.share'], `${locale} asks about sharing`).to.be.a('string').and.not.equal('');
    }
  });
});
