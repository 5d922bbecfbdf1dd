// Chinese sizes after GB/T 1335.1-2008 (men) and GB/T 1335.2-2008 (women) "服装号型": a size is 号/型 + body
// type, e.g. 160/84A = height 160 cm, chest 84 cm, type A (chest − waist 14–18 cm for women). Tops step the chest
// by 4 cm (the 5·4 series), bottoms the waist by 2 cm (5·2). The letter sizes are the usual retail pairing of
// letters with the A-type 号型 (women M = 160/84A, men M = 170/88A); the standard itself defines no letters.
// Ranges are the series' centres ± half a step.
import type { SystemSize, SystemTable } from '../types.js';
import { around } from './build.js';

const LETTERS = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'];

function series(key: 'chest' | 'waist', firstHeight: number, firstGirth: number, step: number): SystemSize[] {
  return LETTERS.map((label, i) => {
    const height = firstHeight + 5 * i;
    const girth = firstGirth + step * i;
    return { label, [key]: around(girth, step), notation: `${height}/${girth}A`, nominalHeightCm: height };
  });
}

const SOURCE = 'GB/T 1335.1-2008 (men), GB/T 1335.2-2008 (women), A body type; letters by retail convention';

export const CN_TABLES: readonly SystemTable[] = [
  { system: 'CN', audience: 'women', kind: 'tops', source: SOURCE, sizes: series('chest', 150, 76, 4) },
  // Women's bottoms: waist grows 4 cm per letter in retail charts (two steps of the 5·2 series).
  { system: 'CN', audience: 'women', kind: 'bottoms', source: SOURCE, sizes: series('waist', 150, 58, 4) },
  { system: 'CN', audience: 'men', kind: 'tops', source: SOURCE, sizes: series('chest', 160, 80, 4) },
  { system: 'CN', audience: 'men', kind: 'bottoms', source: SOURCE, sizes: series('waist', 160, 68, 4) },
];

/** GB/T 1335 body types by chest − waist drop in cm (women, men): Y, A, B, C. */
export const CN_BODY_TYPES: Readonly<Record<'women' | 'men', readonly { type: string; minDrop: number }[]>> = {
  women: [
    { type: 'Y', minDrop: 19 },
    { type: 'A', minDrop: 14 },
    { type: 'B', minDrop: 9 },
    { type: 'C', minDrop: -Infinity },
  ],
  men: [
    { type: 'Y', minDrop: 17 },
    { type: 'A', minDrop: 12 },
    { type: 'B', minDrop: 7 },
    { type: 'C', minDrop: -Infinity },
  ],
};
