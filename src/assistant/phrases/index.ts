import type { UiLocale } from '../../i18n/catalogs.js';
import { phrasesEn, type Phrases } from './en.js';

/** Answer templates for a UI locale: English built in, every other locale its own chunk (one literal import each). */
export function loadPhrases(locale: UiLocale): Promise<Phrases> {
  const pending = (() => {
    switch (locale) {
      case 'zh-CN':
        return import('./zh-CN.js');
      case 'zh-TW':
        return import('./zh-TW.js');
      case 'es':
        return import('./es.js');
      case 'fr':
        return import('./fr.js');
      case 'de':
        return import('./de.js');
      case 'ja':
        return import('./ja.js');
      case 'ko':
        return import('./ko.js');
      case 'pt-BR':
        return import('./pt-BR.js');
      case 'ar':
        return import('./ar.js');
      default:
        return null;
    }
  })();
  return pending ? pending.then((module) => module.default, () => phrasesEn) : Promise.resolve(phrasesEn);
}

export { phrasesEn, type Phrases, type PhraseKey } from './en.js';
