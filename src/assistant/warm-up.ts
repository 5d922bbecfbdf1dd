import { pageLocale, uiLocaleOf } from './answer.js';
import { prepare, scoreIntents } from './detect.js';
import { countryName, formatArrival, formatList, formatPrice, formatWeight } from './format.js';
import { tokens } from './normalize.js';
import { loadPhrases } from './phrases/index.js';
import { loadWords } from './words/index.js';

const warmed = new Set<string>();

/**
 * Does the first question's one-time work ahead of it, for one shopper locale: the keyword index (with the chunk of
 * the keywords written in the locale's script), the locale's answer templates, the browser's Intl data (its first use
 * costs tens of milliseconds on a slow phone) and the locale's country names. The widget calls it while the page is idle; hosts calling `answerQuestion` themselves may too.
 * Each locale is prepared once; calling it again is free.
 */
export async function prepareAnswerer(locale: string = pageLocale()): Promise<void> {
  const ui = uiLocaleOf(locale);
  if (warmed.has(ui)) return;
  warmed.add(ui);
  await Promise.all([loadPhrases(ui), loadWords([], ui)]);
  scoreIntents(prepare('?'));
  // Chinese and Japanese questions are cut into words by Intl.Segmenter's dictionary.
  if (ui === 'ja' || ui.startsWith('zh')) tokens('中文');
  // The place names' chunk (countries, cities), fetched and indexed now rather than with the first shipping question.
  (await import('./countries.js').catch(() => null))?.warmCountryNames(ui);
  // The locale's number, date, list and region-name data, which the answers' templates format with.
  formatWeight(locale, { value: 1.5, unit: 'kg' });
  formatPrice(locale, 1, 'USD');
  formatArrival(locale, new Date(), 1, 2);
  formatList(locale, ['a', 'b']);
  countryName(locale, 'CA');
}
