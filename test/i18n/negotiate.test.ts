import { expect } from '@esm-bundle/chai';
import { UI_LOCALES } from '../../src/i18n/catalogs.js';
import { autonym, directionOf, negotiateLocale } from '../../src/i18n/negotiate.js';

describe('negotiateLocale', () => {
  const cases: Array<[string[], string | undefined]> = [
    [['de-DE', 'en'], 'de'],
    [['zh-HK'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-MO', 'en'], 'zh-TW'],
    [['zh'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh-Hans-HK'], 'zh-CN'],
    [['pt'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['es-MX'], 'es'],
    [['en-GB'], 'en'],
    [['ar-EG'], 'ar'],
    [['sv-SE', 'fi', 'fr-CA'], 'fr'],
    [['sv-SE', 'nb'], undefined],
    [['not a tag!!', 'ko-KR'], 'ko'],
    [[], undefined],
  ];
  for (const [requested, expected] of cases) {
    it(`${JSON.stringify(requested)} -> ${expected}`, () => {
      expect(negotiateLocale(requested, UI_LOCALES)).to.equal(expected);
    });
  }

  it('matches what a stream offers, with script-aware Chinese fallbacks', () => {
    const stream = ['zh-Hans', 'en', 'es', 'ar'];
    expect(negotiateLocale(['zh-TW'], stream), 'Traditional falls back to Chinese when that is all there is').to.equal('zh-Hans');
    expect(negotiateLocale(['es-419', 'en'], stream)).to.equal('es');
    expect(negotiateLocale(['ja', 'en-US'], stream)).to.equal('en');
  });
});

describe('directionOf and autonym', () => {
  it('knows right-to-left scripts', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('zh-CN')).to.equal('ltr');
  });

  it('names languages in their own language', () => {
    expect(autonym('de')).to.equal('Deutsch');
    expect(autonym('ja')).to.equal('日本語');
    expect(autonym('es')).to.equal('Español');
    expect(autonym('ar')).to.equal('العربية');
    expect(autonym('zh-Hans')).to.match(/中文/);
    expect(autonym('x-not-real!')).to.equal('x-not-real!');
  });
});
