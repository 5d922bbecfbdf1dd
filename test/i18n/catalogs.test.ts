import { expect } from '@esm-bundle/chai';
import { loadCatalog, UI_LOCALES } from '../../src/i18n/catalogs.js';
import { en } from '../../src/i18n/en.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// The type check already fails on a missing key; this also catches empty strings, lost placeholders and
// untranslated copies of the English text slipping in.
describe('message catalogs', () => {
  for (const locale of UI_LOCALES) {
    it(`${locale} is complete and keeps every placeholder`, async () => {
      const catalog = await loadCatalog(locale);
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const text = catalog[key as keyof typeof en];
        expect(text.trim(), `${locale} ${key}`).to.not.equal('');
        expect(placeholders(text), `${locale} ${key} placeholders`).to.deep.equal(placeholders(english));
        expect(/<[a-z]/i.test(text), `${locale} ${key} is plain text`).to.equal(false);
      }
      if (locale !== 'en') {
        const copied = Object.entries(en).filter(([key, english]) => catalog[key as keyof typeof en] === english && english.length > 12);
        expect(copied.map(([key]) => key), `${locale} untranslated`).to.deep.equal([]);
      }
    });
  }
});
