import type { UiLocale } from './catalogs.js';

export type Strings = Readonly<Record<string, string>>;

/**
 * A capability's own strings: English built into its chunk, every other locale a lazy chunk of its own. The player
 * does not carry the size helper's words, and a page with only a buy button does not download the player's.
 */
export interface MessageNamespace {
  readonly name: string;
  readonly en: Strings;
  load(locale: Exclude<UiLocale, 'en'>): Promise<{ default: Strings }>;
}

const loaded = new Map<string, Promise<Strings>>();

/** Loads a namespace's catalog once per page; a failed load falls back to English rather than a blank UI. */
export function loadNamespace(namespace: MessageNamespace, locale: UiLocale): Promise<Strings> {
  if (locale === 'en') return Promise.resolve(namespace.en);
  const key = `${namespace.name}:${locale}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = namespace
      .load(locale)
      .then((module) => module.default)
      .catch(() => {
        loaded.delete(key);
        return namespace.en;
      });
    loaded.set(key, pending);
  }
  return pending;
}
