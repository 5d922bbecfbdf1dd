import { defineNamespace } from '../../../i18n/namespace.js';
import { assistantEn } from './en.js';

/** The assistant widget's strings: English built in, the other locales loaded on demand. */
export const assistantMessages = defineNamespace('assistant', assistantEn, {
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
