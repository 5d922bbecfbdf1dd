import { en } from './en.js';
import { defineNamespace } from './namespace.js';

// The locale list lives with the namespace type it shapes; re-exported here, where callers have always found it.
export { UI_LOCALES, type UiLocale } from './namespace.js';

/** The player's strings (controls, errors, subtitles), which every element may use. */
export const coreMessages = defineNamespace('core', en, {
  'zh-CN': () => import('./locales/zh-CN.js'),
  'zh-TW': () => import('./locales/zh-TW.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ar: () => import('./locales/ar.js'),
});
