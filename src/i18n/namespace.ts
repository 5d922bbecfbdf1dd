/** UI locales shipped with the SDK. English is built in; every other catalog is its own lazily loaded chunk. */
export const UI_LOCALES = ['en', 'zh-CN', 'zh-TW', 'es', 'fr', 'de', 'ja', 'ko', 'pt-BR', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** The locales that load on demand: every UI locale but the built-in English. */
export type LoadedLocale = Exclude<UiLocale, 'en'>;

export type Strings = Readonly<Record<string, string>>;

/**
 * One loader per locale, each a literal `import()` so the bundler emits one chunk per locale. A record over every
 * locale code: leaving one out (or a catalog that lacks a key) is a type error, not a blank UI at run time.
 */
export type CatalogLoaders<Key extends string> = {
  readonly [Locale in LoadedLocale]: () => Promise<{ default: Readonly<Record<Key, string>> }>;
};

/**
 * A capability's own strings: English built into its chunk, every other locale a lazy chunk of its own. The player
 * does not carry the size helper's words, and a page with only a buy button does not download the player's.
 */
export interface MessageNamespace {
  readonly name: string;
  readonly en: Strings;
  load(locale: LoadedLocale): Promise<{ default: Strings }>;
}

/** Declares a namespace from its English strings and one loader per other locale. */
export function defineNamespace<Key extends string>(
  name: string,
  en: Readonly<Record<Key, string>>,
  loaders: CatalogLoaders<Key>,
): MessageNamespace {
  return { name, en, load: (locale) => loaders[locale]() };
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
