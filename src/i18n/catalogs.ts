import { en, type Catalog } from './en.js';

/** UI locales shipped with the SDK. English is built in; every other catalog is its own lazily loaded chunk. */
export const UI_LOCALES = ['en', 'zh-CN', 'zh-TW', 'es', 'fr', 'de', 'ja', 'ko', 'pt-BR', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const loaded = new Map<UiLocale, Promise<Catalog>>([['en', Promise.resolve(en)]]);

function importCatalog(locale: Exclude<UiLocale, 'en'>): Promise<{ default: Catalog }> {
  // One literal import per locale, so the bundler emits one chunk per locale.
  switch (locale) {
    case 'zh-CN':
      return import('./locales/zh-CN.js');
    case 'zh-TW':
      return import('./locales/zh-TW.js');
    case 'es':
      return import('./locales/es.js');
    case 'fr':
      return import('./locales/fr.js');
    case 'de':
      return import('./locales/de.js');
    case 'ja':
      return import('./locales/ja.js');
    case 'ko':
      return import('./locales/ko.js');
    case 'pt-BR':
      return import('./locales/pt-BR.js');
    case 'ar':
      return import('./locales/ar.js');
  }
}

/** Loads a catalog once per page; a failed load falls back to English rather than leaving the UI blank. */
export function loadCatalog(locale: UiLocale): Promise<Catalog> {
  let pending = loaded.get(locale);
  if (!pending) {
    pending = importCatalog(locale as Exclude<UiLocale, 'en'>)
      .then((module) => module.default)
      .catch(() => {
        loaded.delete(locale);
        return en;
      });
    loaded.set(locale, pending);
  }
  return pending;
}
