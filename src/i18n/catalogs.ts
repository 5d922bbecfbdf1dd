import { en } from './en.js';
import type { MessageNamespace } from './namespace.js';

/** UI locales shipped with the SDK. English is built in; every other catalog is its own lazily loaded chunk. */
export const UI_LOCALES = ['en', 'zh-CN', 'zh-TW', 'es', 'fr', 'de', 'ja', 'ko', 'pt-BR', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The player's strings (controls, errors, subtitles), which every element may use. */
export const coreMessages: MessageNamespace = {
  name: 'core',
  en,
  // One literal import per locale, so the bundler emits one chunk per locale.
  load(locale) {
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
  },
};
