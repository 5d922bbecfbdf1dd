import { defineNamespace } from '../../i18n/namespace.js';
import { scheduleEn } from './en.js';

/** The schedule's strings: English built in, the other locales loaded on demand. */
export const scheduleMessages = defineNamespace('schedule', scheduleEn, {
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
