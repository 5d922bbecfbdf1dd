// Each category's sheet in Japanese and Arabic (right to left): headings from the catalogs, units and the shopper's
// country from the locale (ja -> JP, ar -> EG), seller text tagged with its language.
import { expect } from '@esm-bundle/chai';
import '../../src/details/product-details.js';
import { cleanup } from '../support/dom.js';
import { base, mountDetails, part, parts, text, untilText } from './support.js';

const lipstick = () =>
  base('beauty', {
    shades: [{ name: 'Rose 02', color: '#c46a6a', undertone: 'warm' }, { name: 'Plum 05', color: '#6b2d4f' }],
    sellerShade: 'Rose 02',
    ingredients: 'Ricinus Communis Seed Oil, Parfum (Fragrance), Tocopherol',
  });
const dryer = () => base('electronics', { power: { plugs: ['A'], volts: [100, 100], hertz: [50, 60] }, inTheBox: [{ en: 'Dryer', ja: 'ドライヤー', ar: 'مجفف' }], warranty: '1 year' });
const sofa = () => base('home', { dimensions: { unit: 'cm', width: 210, depth: 95, height: 85 }, weight: { value: 48, unit: 'kg' } });

const WORDS = {
  ja: { shades: '色展開', worn: '配信で使用', ingredients: '成分', fragrance: '香料', contains: '避けたい成分が含まれています：香料', power: '日本の電源', box: '同梱物', dryer: 'ドライヤー', dimensions: 'サイズ', weight: '重さ' },
  ar: { shades: 'الدرجات', worn: 'المستخدمة في البث', ingredients: 'المكونات', fragrance: 'العطر', contains: 'يحتوي على شيء تتجنبه: العطر', power: 'الكهرباء في مصر', box: 'محتويات العلبة', dryer: 'مجفف', dimensions: 'الأبعاد', weight: 'الوزن' },
} as const;

for (const lang of ['ja', 'ar'] as const) {
  const words = WORDS[lang];
  const dir = lang === 'ar' ? 'rtl' : 'ltr';

  describe(`<shoplive-product-details> in ${lang}`, () => {
    afterEach(cleanup);

    it('beauty: shades, the shade worn on stream and allergen marking', async () => {
      const element = await mountDetails(lipstick(), `lang="${lang}"`);
      await untilText(element, '#shades', words.shades);
      expect(part(element, 'base')!.getAttribute('dir')).to.equal(dir);
      expect(text(parts(element, 'shade')[0]!.querySelector('[part~=seller-shade]'))).to.equal(words.worn);
      expect(text(element.shadowRoot!.querySelector('#ingredients'))).to.equal(words.ingredients);
      const fragrance = element.shadowRoot!.querySelector<HTMLInputElement>('input[data-allergen="fragrance"]')!;
      expect(text(fragrance.closest('label'))).to.equal(words.fragrance);
      fragrance.click();
      await element.updateComplete;
      expect(text(part(element, 'avoid-result'))).to.equal(words.contains);
      expect(parts(element, 'flagged-ingredient').map(text)).to.deep.equal(['Parfum (Fragrance)']);
    });

    it("electronics: power for the shopper's country and the box in their language", async () => {
      const element = await mountDetails(dryer(), `lang="${lang}"`);
      await untilText(element, '#power', words.power);
      expect(part(element, 'base')!.getAttribute('dir')).to.equal(dir);
      // Type A, 100 V: fine in Japan as it is; in Egypt (C/F, 220 V) a warning.
      expect(element.shadowRoot!.querySelector('.power')!.classList.contains('warning')).to.equal(lang === 'ar');
      expect(text(element.shadowRoot!.querySelector('#box'))).to.equal(words.box);
      const item = element.shadowRoot!.querySelector('[part~=in-the-box] li bdi, section[aria-labelledby=box] li bdi')!;
      expect(text(item)).to.equal(words.dryer);
      expect(item.getAttribute('lang')).to.equal(lang);
    });

    it('home: metric dimensions and a drawing to scale that keeps its proportions', async () => {
      const element = await mountDetails(sofa(), `lang="${lang}"`);
      await untilText(element, '#dimensions', words.dimensions);
      expect(part(element, 'base')!.getAttribute('dir')).to.equal(dir);
      const cm = (value: number) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'centimeter', maximumFractionDigits: 0 }).format(value);
      const line = text(part(element, 'dimensions')!.querySelector('p'));
      for (const value of [210, 95, 85]) expect(line).to.contain(cm(value));
      expect(text(part(element, 'weight'))).to.contain(words.weight);
      const product = part(element, 'scale-product')!.getBoundingClientRect();
      const person = part(element, 'scale-reference')!.getBoundingClientRect();
      expect(product.height / person.height).to.be.closeTo(85 / 170, 0.01);
      expect(product.bottom).to.be.closeTo(person.bottom, 0.5);
    });
  });
}
