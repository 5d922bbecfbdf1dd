import { expect } from '@esm-bundle/chai';
import { assistantMessages } from '../../src/assistant/widget/messages/index.js';
import { commerceMessages } from '../../src/commerce/messages/index.js';
import { coreMessages, UI_LOCALES } from '../../src/i18n/catalogs.js';
import { loadNamespace } from '../../src/i18n/namespace.js';
import { sizeMessages } from '../../src/size/widget/messages/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// The type check already fails on a missing key; this also catches empty strings, lost placeholders, markup and
// untranslated copies of the English text slipping in, for every namespace and locale.
describe('message catalogs', () => {
  for (const namespace of [coreMessages, commerceMessages, sizeMessages, assistantMessages]) {
    for (const locale of UI_LOCALES) {
      it(`${namespace.name} / ${locale} is complete and keeps every placeholder`, async () => {
        const catalog = await loadNamespace(namespace, locale);
        expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(namespace.en).sort());
        for (const [key, english] of Object.entries(namespace.en)) {
          const text = catalog[key]!;
          expect(text.trim(), `${locale} ${key}`).to.not.equal('');
          expect(placeholders(text), `${locale} ${key} placeholders`).to.deep.equal(placeholders(english));
          expect(/<[a-z]/i.test(text), `${locale} ${key} is plain text`).to.equal(false);
        }
        if (locale !== 'en') {
          const copied = Object.entries(namespace.en).filter(([key, english]) => catalog[key] === english && english.length > 12);
          expect(copied.map(([key]) => key), `${locale} untranslated`).to.deep.equal([]);
        }
      });
    }
  }
});
