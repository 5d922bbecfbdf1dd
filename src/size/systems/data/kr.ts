// Korean sizes after KS K 0051 (women) and KS K 0050 (men), "의류 치수 규격": tops are designated by the chest
// (bust) girth in 5 cm steps (women 85 = S, 90 = M; men 95 = M, 100 = L), with the older women's 44/55/66/77/88
// still common in shops; women's trousers by waist girth in cm (3 cm steps: 61, 64, 67 …), men's by waist in
// inches (28, 29, 30 …). Approximate.
import type { SystemTable } from '../types.js';
import { around, inchSizes } from './build.js';

const WOMEN_TOPS = [
  { chest: 80, legacy: '44', letter: 'XS' },
  { chest: 85, legacy: '55', letter: 'S' },
  { chest: 90, legacy: '66', letter: 'M' },
  { chest: 95, legacy: '77', letter: 'L' },
  { chest: 100, legacy: '88', letter: 'XL' },
  { chest: 105, legacy: '99', letter: 'XXL' },
  { chest: 110, legacy: '', letter: '3XL' },
];
const MEN_TOPS = [85, 90, 95, 100, 105, 110, 115, 120];
const MEN_LETTERS = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'];
const SOURCE_W = 'KS K 0051 (women): bust in 5 cm steps, legacy 44–99; waist in cm; approximate';
const SOURCE_M = 'KS K 0050 (men): chest in 5 cm steps; waist in inches; approximate';

export const KR_TABLES: readonly SystemTable[] = [
  {
    system: 'KR',
    audience: 'women',
    kind: 'tops',
    source: SOURCE_W,
    sizes: WOMEN_TOPS.map((s) => ({ label: String(s.chest), chest: around(s.chest, 5), notation: s.legacy ? `${s.letter} · ${s.legacy}` : s.letter })),
  },
  {
    system: 'KR',
    audience: 'women',
    kind: 'bottoms',
    source: SOURCE_W,
    sizes: [58, 61, 64, 67, 70, 73, 76, 79, 82, 85, 88].map((w) => ({ label: String(w), waist: around(w, 3) })),
  },
  {
    system: 'KR',
    audience: 'men',
    kind: 'tops',
    source: SOURCE_M,
    sizes: MEN_TOPS.map((c, i) => ({ label: String(c), chest: around(c, 5), notation: MEN_LETTERS[i]! })),
  },
  { system: 'KR', audience: 'men', kind: 'bottoms', source: SOURCE_M, sizes: inchSizes('waist', [26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 38, 40, 42], 1) },
];
