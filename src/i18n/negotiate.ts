/**
 * Picks the best of `available` locales for a shopper's ordered preferences, comparing maximized tags (language,
 * script, region) so that zh-HK finds a Traditional Chinese catalog (zh-Hant) before a Simplified one, pt finds pt-BR,
 * es-MX finds es, and en-GB finds en. Used for UI catalogs and for subtitle languages alike.
 */
export function negotiateLocale(requested: readonly string[], available: readonly string[]): string | undefined {
  const offers = available.map((tag) => ({ tag, parts: maximize(tag) })).filter((offer) => offer.parts);
  for (const wanted of requested) {
    const want = maximize(wanted);
    if (!want) continue;
    let best: { tag: string; score: number } | undefined;
    for (const offer of offers) {
      const score = similarity(want, offer.parts!);
      if (score > 0 && (!best || score > best.score)) best = { tag: offer.tag, score };
    }
    if (best) return best.tag;
  }
  return undefined;
}

interface LocaleParts {
  language: string;
  script: string;
  region: string;
}

function maximize(tag: string): LocaleParts | null {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
    return { language: locale.language, script: locale.script ?? '', region: locale.region ?? '' };
  } catch {
    return null;
  }
}

/** 0: unusable. Same language is the minimum; the same script matters more than the same region. */
function similarity(want: LocaleParts, offer: LocaleParts): number {
  if (want.language !== offer.language) return 0;
  let score = 1;
  if (want.script === offer.script) score += 4;
  if (want.region === offer.region) score += 2;
  return score;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** A language's name in that language ("Deutsch", "日本語"), for menus a shopper must find their language in. */
export function autonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // Unknown or malformed tag: show it as given.
  }
  return tag;
}
