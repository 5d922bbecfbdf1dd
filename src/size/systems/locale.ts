// Which size system a shopper most likely knows, from their locale. Region first (en-GB -> UK), then language
// (ja -> JP), else EU. Choices worth knowing:
// - zh-TW / zh-HK (and zh-Hant): "letters". Taiwan and Hong Kong shops mostly sell letter sizes with cm tables;
//   neither GB/T 1335 (mainland) nor a local standard is what shoppers there read, so letters are the safest.
// - es / pt (Spain, Portugal): FR, whose women's numbering Spain and Portugal share (ES 38 = FR 38).
// - AU / NZ: UK (women's numbers match UK ones); CA: US.
// - Brazil, India and everyone else: EU (a documented default, not a claim that they use it).
import type { SizeSystem } from './types.js';

const BY_REGION: Readonly<Record<string, SizeSystem>> = {
  US: 'US',
  CA: 'US',
  LR: 'US',
  PR: 'US',
  GB: 'UK',
  IE: 'UK',
  AU: 'UK',
  NZ: 'UK',
  CN: 'CN',
  SG: 'CN',
  TW: 'letters',
  HK: 'letters',
  MO: 'letters',
  JP: 'JP',
  KR: 'KR',
  FR: 'FR',
  ES: 'FR',
  PT: 'FR',
  MC: 'FR',
  IT: 'IT',
  SM: 'IT',
  DE: 'EU',
  AT: 'EU',
};

const BY_LANGUAGE: Readonly<Record<string, SizeSystem>> = {
  en: 'US',
  de: 'EU',
  fr: 'FR',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  zh: 'CN',
};

/** Language, script and region of a BCP 47 tag, tolerant of junk. */
export function localeParts(locale: string | undefined): { language: string; script?: string; region?: string } {
  const tag = (locale ?? '').trim().replace(/_/g, '-');
  try {
    const parsed = new Intl.Locale(tag);
    const full = parsed.maximize();
    // maximize() guesses a region for bare languages (en -> US, zh-Hant -> TW); an explicit region wins.
    const region = parsed.region ?? full.region;
    return { language: parsed.language, ...(full.script ? { script: full.script } : {}), ...(region ? { region } : {}) };
  } catch {
    const [language = '', region] = tag.toLowerCase().split('-');
    return { language, ...(region && region.length === 2 ? { region: region.toUpperCase() } : {}) };
  }
}

export function systemForLocale(locale: string | undefined): SizeSystem {
  const { language, script, region } = localeParts(locale);
  if (language === 'zh' && script === 'Hant' && !region) return 'letters';
  // hasOwn: a junk tag like "constructor" must not pick up Object.prototype members.
  if (region && Object.hasOwn(BY_REGION, region)) return BY_REGION[region]!;
  return Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language]! : 'EU';
}
