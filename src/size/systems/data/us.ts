// US sizes. Women: misses 00–22 after ASTM D5585 "Standard Tables of Body Measurements for Adult Female Misses
// Figure Type, Sizes 00–20" (with the larger sizes of current US retail charts, which run about one size larger
// than the 1995 tables: vanity sizing). Men: tops by chest in inches and trousers by waist in inches, after
// ASTM D6240 "Standard Tables of Body Measurements for Men Sizes Thirty-Four to Sixty". Approximate.
import type { SystemTable } from '../types.js';
import { fromEdges, inchSizes, zipSizes } from './build.js';

const WOMEN = ['00', '0', '2', '4', '6', '8', '10', '12', '14', '16', '18', '20', '22'];
const women = {
  chest: fromEdges([78, 81, 84, 86.5, 89, 91.5, 94, 97.5, 101, 105, 109, 114, 119, 124]),
  waist: fromEdges([60, 63, 66, 68.5, 71, 73.5, 76, 79.5, 83, 87, 91, 96, 101, 106]),
  hip: fromEdges([85, 88, 91, 93.5, 96, 98.5, 101, 104.5, 108, 112, 116, 121, 126, 131]),
};
const SOURCE = 'ASTM D5585 (women, misses) / ASTM D6240 (men, inches); approximate';

export const US_TABLES: readonly SystemTable[] = [
  { system: 'US', audience: 'women', kind: 'tops', source: SOURCE, sizes: zipSizes(WOMEN, { chest: women.chest }) },
  { system: 'US', audience: 'women', kind: 'bottoms', source: SOURCE, sizes: zipSizes(WOMEN, { waist: women.waist, hip: women.hip }) },
  { system: 'US', audience: 'men', kind: 'tops', source: SOURCE, sizes: inchSizes('chest', [32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54], 2) },
  { system: 'US', audience: 'men', kind: 'bottoms', source: SOURCE, sizes: inchSizes('waist', [26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48], 2) },
];
