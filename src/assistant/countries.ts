import { compact, normalize, UNSPACED } from './normalize.js';
import { UI_LOCALES } from '../i18n/catalogs.js';

/** Names people use that the locale data does not give (short forms). */
const ALIASES: Record<string, string[]> = {
  US: ['usa', 'america', 'eeuu', 'eua', 'アメリカ', '米国', '美國', '미국', 'امريكا'],
  GB: ['uk', 'england', 'inglaterra', 'angleterre', 'england', 'イギリス', '英国', '英國', '영국', 'بريطانيا'],
  NL: ['holland'],
  KR: ['korea', 'corea', 'coree', '韓国', '韩国', '韓國', '한국'],
  AE: ['uae', 'emirates', 'emiratos', 'emirados', 'الامارات', 'دبي'],
  SA: ['saudi', 'saudi arabia', 'arabia saudi', 'السعوديه'],
  CN: ['china', 'chine', 'الصين'],
  TW: ['taiwan', '台湾', '臺灣', '台灣'],
};

interface Name {
  readonly code: string;
  /** Word tokens (spaced scripts) or the compact form (scripts without spaces). */
  readonly words?: readonly string[];
  readonly compact?: string;
}

let names: Name[] | undefined;

function allNames(): Name[] {
  if (names) return names;
  const seen = new Set<string>();
  names = [];
  const add = (code: string, name: string) => {
    const normalized = normalize(name);
    const key = `${code}:${normalized}`;
    if (seen.has(key) || normalized.length < 2) return;
    seen.add(key);
    names!.push(UNSPACED.test(normalized) ? { code, compact: compact(normalized) } : { code, words: normalized.split(/[\s\p{P}]+/u).filter(Boolean) });
  };
  const displays = UI_LOCALES.map((locale) => new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Retired codes (DD, YU…) alias current ones: keep only the current code.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name) add(code, name);
      }
    }
  }
  for (const [code, list] of Object.entries(ALIASES)) list.forEach((alias) => add(code, alias));
  return names;
}

/** ISO codes of the countries a question names, in any of the UI languages ("Kanada", "カナダ", "Canadá"). */
export function countriesIn(questionTokens: readonly string[], questionCompact: string): string[] {
  const found = new Set<string>();
  for (const name of allNames()) {
    if (name.compact !== undefined) {
      if (questionCompact.includes(name.compact)) found.add(name.code);
      continue;
    }
    const words = name.words!;
    for (let i = 0; i + words.length <= questionTokens.length; i++) {
      if (words.every((word, k) => questionTokens[i + k] === word)) {
        found.add(name.code);
        break;
      }
    }
  }
  return [...found];
}
