import type { LocalizedText } from '../../commerce/localized-text.js';
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';

/** What the category views read: words, the shopper's units and country, and the text picker. Never the element. */
export interface DetailsViewModel {
  readonly locale: string;
  /** ISO 3166 region of the shopper, or null when unknown. */
  readonly country: string | null;
  readonly imperial: boolean;
  readonly recommendedSize: string | null;
  t(key: MessageKey, params?: MessageParams): string;
  /** A length given in cm, in the shopper's units. */
  length(cm: number): string;
  weight(kg: number): string;
  regionName(code: string): string;
  list(items: readonly string[]): string;
  /** The text in the shopper's language, else the best other, with the language it is in when that differs. */
  pick(text: LocalizedText): { text: string; lang: string; foreignLanguage: string | null };
}
