// Place names: the countries (Intl region names per locale, and short forms) and cities a question may name. A chunk
// of its own (with cities.ts), loaded with the first question about shipping or origin, or by prepareAnswerer.
import { compact, normalize, UNSPACED } from './normalize.js';
import type { UiLocale } from '../i18n/catalogs.js';
import { PLACES } from './cities.js';

/** Names people use that the locale data does not give (short forms, romanized Japanese). */
const ALIASES: Record<string, string[]> = {
  US: ['usa', 'america', 'amerika', 'eeuu', 'eua', 'アメリカ', '米国', '美國', '미국', 'امريكا'],
  GB: ['uk', 'england', 'inglaterra', 'angleterre', 'イギリス', '英国', '英國', '영국', 'بريطانيا'],
  NL: ['holland', 'holanda', 'hollande'],
  KR: ['korea', 'corea', 'coree', 'kankoku', '韓国', '韩国', '韓國', '한국'],
  AE: ['uae', 'emirates', 'emiratos', 'emirados', 'الامارات', 'دبي'],
  SA: ['saudi', 'saudi arabia', 'arabia saudi', 'السعوديه'],
  CN: ['china', 'chine', 'chugoku', 'الصين'],
  JP: ['nihon', 'nippon'],
  TW: ['taiwan', '台湾', '臺灣', '台灣'],
};

/** The region codes that have names (ISO 3166-1 and a few groupings such as EU), two letters each. */
const REGIONS = (
  'ACADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCPCQCRCUCVCWCXCYCZDEDGDJDKDMDODZEAECEEEGEHERESETEUEZ' +
  'FIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUICIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMK' +
  'MLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQAQORERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTATCTDTFTGTHTJ' +
  'TKTLTMTNTOTRTTTVTWTZUAUGUMUNUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW'
).match(/../g)!;

/** Which UI locales write country names in each script, so that a question only builds the names it can contain. */
const SCRIPTS: readonly { readonly test: RegExp; readonly locales: readonly UiLocale[] }[] = [
  { test: /[a-z]/, locales: ['en', 'es', 'fr', 'de', 'pt-BR'] },
  { test: /[\u3400-\u9fff\uf900-\ufaff]/, locales: ['zh-CN', 'zh-TW', 'ja'] },
  { test: /[\u3040-\u30ff]/, locales: ['ja'] },
  { test: /[\uac00-\ud7af]/, locales: ['ko'] },
  { test: /[\u0600-\u06ff]/, locales: ['ar'] },
];

interface Names {
  /** Spaced names by their first word: ["united", "kingdom"] under "united". */
  readonly byFirstWord: Map<string, { readonly code: string; readonly words: readonly string[] }[]>;
  /** Names in scripts without spaces, looked up in the compact question. */
  readonly unspaced: { readonly code: string; readonly compact: string }[];
}

const byLocale = new Map<UiLocale, Names>();
let aliases: Names | undefined;

function collect(entries: Iterable<readonly [string, string]>): Names {
  const names: Names = { byFirstWord: new Map(), unspaced: [] };
  const seen = new Set<string>();
  for (const [code, name] of entries) {
    const normalized = normalize(name);
    const key = `${code}:${normalized}`;
    if (seen.has(key) || normalized.length < 2) continue;
    seen.add(key);
    if (UNSPACED.test(normalized)) {
      names.unspaced.push({ code, compact: compact(normalized) });
      // Arabic "to the …" merges the article: ل + السعودية is written للسعودية.
      if (normalized.startsWith('ال')) names.unspaced.push({ code, compact: compact(`ل${normalized.slice(1)}`) });
      continue;
    }
    const words = normalized.split(/[\s\p{P}]+/u).filter(Boolean);
    if (!words.length) continue;
    const list = names.byFirstWord.get(words[0]!) ?? [];
    list.push({ code, words });
    names.byFirstWord.set(words[0]!, list);
  }
  return names;
}

/** One locale's country names, built the first time a question in its script asks about shipping or origin. */
function namesOf(locale: UiLocale): Names {
  let names = byLocale.get(locale);
  if (!names) {
    const display = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
    names = collect(REGIONS.flatMap((code) => {
      const name = display.of(code);
      return name ? [[code, name] as const] : [];
    }));
    byLocale.set(locale, names);
  }
  return names;
}

function find(names: Names, questionTokens: readonly string[], questionCompact: string, found: Set<string>): void {
  for (const name of names.unspaced) if (questionCompact.includes(name.compact)) found.add(name.code);
  questionTokens.forEach((token, i) => {
    for (const name of names.byFirstWord.get(token) ?? []) {
      if (name.words.every((word, k) => questionTokens[i + k] === word)) found.add(name.code);
    }
  });
}

/**
 * The locales whose names a question may use: for each script in it, the shopper's own language when it is written
 * so, else every language written so (English alone for Latin letters); English too for Latin letters.
 */
function localesFor(questionCompact: string, shopper: UiLocale): Set<UiLocale> {
  const locales = new Set<UiLocale>();
  for (const script of SCRIPTS) {
    if (!script.test.test(questionCompact)) continue;
    const latin = script.locales.includes('en');
    if (latin) locales.add('en');
    if (script.locales.includes(shopper)) locales.add(shopper);
    else if (!latin) script.locales.forEach((locale) => locales.add(locale));
  }
  return locales;
}

/**
 * ISO codes of the countries a question names ("Kanada", "カナダ", "Canadá"): in the shopper's language, English, or
 * the languages of the question's scripts. Only those locales' names are built (each locale's region names cost
 * a few milliseconds of Intl data on a slow phone), the first time a question asks about shipping or origin.
 */
export function countriesIn(questionTokens: readonly string[], questionCompact: string, shopper: UiLocale): string[] {
  const found = new Set<string>();
  aliases ??= collect(Object.entries(ALIASES).flatMap(([code, list]) => list.map((alias) => [code, alias] as const)));
  find(aliases, questionTokens, questionCompact, found);
  const locales = localesFor(questionCompact, shopper);
  for (const locale of locales) find(namesOf(locale), questionTokens, questionCompact, found);
  return [...found];
}

let places: Names | undefined;

function placeNames(): Names {
  places ??= collect(PLACES.split('|').flatMap((row) => row.slice(3).split(',').map((name) => [row.slice(0, 2), name] as const)));
  return places;
}

/** ISO codes of the countries of the cities and regions a question names ("Toronto" -> CA). */
export function placesIn(questionTokens: readonly string[], questionCompact: string): string[] {
  const found = new Set<string>();
  find(placeNames(), questionTokens, questionCompact, found);
  return [...found];
}

/** Builds the place names a question in this locale may use (its own and English, and cities) ahead of the first question. */
export function warmCountryNames(shopper: UiLocale): void {
  namesOf(shopper);
  namesOf('en');
  placeNames();
}
