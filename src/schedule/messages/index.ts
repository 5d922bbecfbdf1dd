import type { MessageNamespace } from '../../i18n/namespace.js';
import { scheduleEn } from './en.js';

/** The schedule's strings: English built in, the other locales loaded on demand. */
export const scheduleMessages: MessageNamespace = {
  name: 'schedule',
  en: scheduleEn,
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
