// UK sizes. Women: dress sizes 6–26 after BS 3666:1982 "Specification for size designation of women's wear"
// (bust/hip steps of about 5 cm; UK = US + 4) as used by UK high-street charts. Men: tops by chest in inches,
// trousers by waist in inches (the UK and US convention; BS EN 13402 allows the inch figure alongside). Approximate.
import type { SystemTable } from '../types.js';
import { fromEdges, inchSizes, zipSizes } from './build.js';

const WOMEN = ['6', '8', '10', '12', '14', '16', '18', '20', '22', '24', '26'];
const women = {
  chest: fromEdges([76, 80, 84, 88, 93, 98, 103, 108, 114, 120, 126, 132]),
  waist: fromEdges([58, 62, 66, 70, 75, 80, 85, 90, 96, 102, 108, 114]),
  hip: fromEdges([82, 86, 90, 94, 99, 104, 109, 114, 120, 126, 132, 138]),
};
const SOURCE = 'BS 3666 women\'s sizes / UK high-street charts; men by inches; approximate';

export const UK_TABLES: readonly SystemTable[] = [
  { system: 'UK', audience: 'women', kind: 'tops', source: SOURCE, sizes: zipSizes(WOMEN, { chest: women.chest }) },
  { system: 'UK', audience: 'women', kind: 'bottoms', source: SOURCE, sizes: zipSizes(WOMEN, { waist: women.waist, hip: women.hip }) },
  { system: 'UK', audience: 'men', kind: 'tops', source: SOURCE, sizes: inchSizes('chest', [32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54], 2) },
  { system: 'UK', audience: 'men', kind: 'bottoms', source: SOURCE, sizes: inchSizes('waist', [26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48], 2) },
];
