// The shopper's locale for size conventions. The UI catalog only needs a language ("en"), but units and size
// systems need a region (en-US: imperial and US sizes; en-GB: stones and UK sizes), so this reads the full tag.

import { inheritedLang } from '../../internal/composed-ancestors.js';

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The element's inherited `lang`; when that names no region, the browser's preference for the same language
 * (a page in "en" read from an en-GB browser is British), else the browser's first preference.
 */
export function shopperLocale(element: Element): string {
  const preferences = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lang = inheritedLang(element);
  if (!lang) return preferences[0] ?? 'en';
  if (regionOf(lang)) return lang;
  return preferences.find((tag) => languageOf(tag) === languageOf(lang) && regionOf(tag)) ?? lang;
}
