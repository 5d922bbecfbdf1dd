import type { PowerSpec } from '../commerce/power-spec.js';

export type { PowerSpec };

/**
 * Mains power by country: plug/socket types (IEC letters), nominal voltages and frequencies. Sources: the IEC's
 * "World Plugs" list and national grid codes; where a country has two systems (Brazil 127/220 V, Japan 50/60 Hz),
 * both are listed and a product must handle both to count as compatible everywhere there.
 */
export interface MainsPower {
  readonly plugs: readonly string[];
  readonly volts: readonly number[];
  readonly hertz: readonly number[];
}

const p = (plugs: string, volts: number[], hertz: number[]): MainsPower => ({ plugs: plugs.split(''), volts, hertz });

export const MAINS: Readonly<Record<string, MainsPower>> = {
  US: p('AB', [120], [60]), CA: p('AB', [120], [60]), MX: p('AB', [127], [60]), PR: p('AB', [120], [60]),
  BR: p('CN', [127, 220], [60]), AR: p('CI', [220], [50]), CL: p('CL', [220], [50]), CO: p('AB', [110], [60]), PE: p('ABC', [220], [60]),
  GB: p('G', [230], [50]), IE: p('G', [230], [50]), MT: p('G', [230], [50]), CY: p('G', [230], [50]),
  DE: p('CF', [230], [50]), AT: p('CF', [230], [50]), NL: p('CF', [230], [50]), SE: p('CF', [230], [50]), NO: p('CF', [230], [50]),
  FI: p('CF', [230], [50]), ES: p('CF', [230], [50]), PT: p('CF', [230], [50]), GR: p('CF', [230], [50]), RU: p('CF', [230], [50]),
  TR: p('CF', [230], [50]), ID: p('CF', [230], [50]), KR: p('CF', [220], [60]), EG: p('CF', [220], [50]), HU: p('CF', [230], [50]),
  FR: p('CE', [230], [50]), BE: p('CE', [230], [50]), PL: p('CE', [230], [50]), CZ: p('CE', [230], [50]), SK: p('CE', [230], [50]),
  DK: p('CEFK', [230], [50]), IT: p('CFL', [230], [50]), CH: p('CJ', [230], [50]), IL: p('CH', [230], [50]),
  JP: p('AB', [100], [50, 60]), CN: p('ACI', [220], [50]), HK: p('G', [220], [50]), MO: p('DG', [220], [50]), TW: p('AB', [110], [60]),
  SG: p('G', [230], [50]), MY: p('G', [240], [50]), TH: p('ABCO', [230], [50]), VN: p('AC', [220], [50]), PH: p('ABC', [220], [60]),
  IN: p('CDM', [230], [50]), AU: p('I', [230], [50]), NZ: p('I', [230], [50]), ZA: p('CDMN', [230], [50]),
  SA: p('G', [230], [60]), AE: p('G', [230], [50]), QA: p('DG', [240], [50]), KW: p('CG', [240], [50]), MA: p('CE', [220], [50]),
};

/** Which sockets a plug goes into without an adapter (a Europlug C fits most round-pin sockets; A fits B). */
const FITS: Readonly<Record<string, readonly string[]>> = {
  A: ['A', 'B'], B: ['B'], C: ['C', 'E', 'F', 'J', 'K', 'L', 'N'], D: ['D'], E: ['E', 'F'], F: ['E', 'F'], G: ['G'], H: ['H'],
  I: ['I'], J: ['J'], K: ['K'], L: ['L'], M: ['M'], N: ['N'], O: ['O'],
};

export interface Compatibility {
  readonly country: string;
  readonly mains: MainsPower;
  /** The plug goes into the country's sockets as it is. */
  readonly plugFits: boolean;
  /** The country's voltages are all within the product's range (a plug adapter is enough). */
  readonly voltageOk: boolean;
  readonly frequencyOk: boolean;
  /** False when the product is locked to regions that do not include the country. */
  readonly regionOk: boolean;
}

/** How the product fares on the country's mains; null for a country the table does not know (say nothing). */
export function compatibility(spec: PowerSpec, country: string): Compatibility | null {
  const mains = MAINS[country.toUpperCase()];
  if (!mains) return null;
  const plugFits = spec.plugs.some((plug) => (FITS[plug] ?? []).some((socket) => mains.plugs.includes(socket)));
  // 10 % tolerance each way, as mains supplies are specified (230 V ± 10 %); a 100–240 V supply covers them all.
  const voltageOk = mains.volts.every((volts) => volts >= spec.volts[0] * 0.9 && volts <= spec.volts[1] * 1.1);
  const frequencyOk = mains.hertz.every((hertz) => spec.hertz.includes(hertz));
  const regionOk = !spec.regions || spec.regions.includes(country.toUpperCase());
  return { country: country.toUpperCase(), mains, plugFits, voltageOk, frequencyOk, regionOk };
}

/** The shopper's country: an explicit one, else the region of their locale (`en-GB` → GB, `ja` → JP, `de` → DE). */
export function countryOf(locale: string, explicit?: string): string | null {
  if (explicit && /^[A-Za-z]{2}$/.test(explicit)) return explicit.toUpperCase();
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}
