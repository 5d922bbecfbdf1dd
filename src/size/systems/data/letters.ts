// Letter codes (XS…3XL) with the body girths of EN 13402-3:2013 "Size designation of clothes — Part 3:
// Measurements and intervals", letter-code table (bust/chest 8 cm steps up to XL, then 11–12 cm; waist and hip
// intervals of the same table). Written from the standard's published intervals; small deviations from the
// printed table are possible, and brands' own "M" varies by several cm either way.
import type { SystemTable } from '../types.js';
import { fromEdges, zipSizes } from './build.js';

const LABELS = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'];
const SOURCE = 'EN 13402-3 letter codes (body girths); approximate';

const women = {
  chest: fromEdges([66, 74, 82, 90, 98, 106, 114, 126, 138]),
  waist: fromEdges([50, 58, 66, 74, 82, 90, 98, 110, 122]),
  hip: fromEdges([74, 82, 90, 98, 106, 114, 122, 134, 146]),
};
const men = {
  chest: fromEdges([70, 78, 86, 94, 102, 110, 118, 129, 141]),
  waist: fromEdges([58, 66, 74, 82, 90, 98, 106, 118, 130]),
  hip: fromEdges([78, 86, 94, 102, 110, 118, 126, 138, 150]),
};

export const LETTER_TABLES: readonly SystemTable[] = [
  { system: 'letters', audience: 'women', kind: 'tops', source: SOURCE, sizes: zipSizes(LABELS, { chest: women.chest }) },
  { system: 'letters', audience: 'women', kind: 'bottoms', source: SOURCE, sizes: zipSizes(LABELS, { waist: women.waist, hip: women.hip }) },
  { system: 'letters', audience: 'men', kind: 'tops', source: SOURCE, sizes: zipSizes(LABELS, { chest: men.chest }) },
  { system: 'letters', audience: 'men', kind: 'bottoms', source: SOURCE, sizes: zipSizes(LABELS, { waist: men.waist, hip: men.hip }) },
];
