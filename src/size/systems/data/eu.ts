// Continental European numbered sizes. Women: the German numbering (Konfektionsgröße 32–54, DIN 61505 /
// EN 13402-3 bust intervals of 4 cm up to 104 cm and 6 cm above; waist and hip per the same grading). The
// French/Spanish number is the German one + 2, the Italian one + 6 (common conversion tables). Men: the German
// Konfektionsgröße is half the chest girth (48 = 96 cm), with waist and hip of the usual "Normalgrößen"
// grading; French and Italian men's numbers follow the same half-chest rule. EN 13402-3 itself designates
// sizes by body measurements, not these numbers. Approximate, within about ±2 cm.
import type { SizeSystem, SystemTable } from '../types.js';
import { fromEdges, zipSizes } from './build.js';

const WOMEN_DE = [32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54];
const women = {
  chest: fromEdges([76, 80, 84, 88, 92, 96, 100, 104, 110, 116, 122, 128, 134]),
  waist: fromEdges([60, 64, 68, 72, 76, 80, 84, 88, 94, 100, 106, 112, 118]),
  hip: fromEdges([84, 88, 92, 96, 100, 104, 108, 112, 117, 122, 127, 132, 137]),
};

const MEN = [42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62];
const men = {
  chest: fromEdges([82, 86, 90, 94, 98, 102, 106, 110, 114, 118, 122, 126]),
  waist: fromEdges([70, 74, 78, 82, 86, 90, 95, 101, 107, 113, 119, 125]),
  hip: fromEdges([86, 90, 94, 98, 102, 106, 110, 114, 118, 122, 126, 130]),
};

const WOMEN_OFFSET: Record<'EU' | 'DE' | 'FR' | 'IT', number> = { EU: 0, DE: 0, FR: 2, IT: 6 };

function tables(system: 'EU' | 'DE' | 'FR' | 'IT'): SystemTable[] {
  const womenLabels = WOMEN_DE.map((n) => String(n + WOMEN_OFFSET[system]));
  const menLabels = MEN.map(String);
  const note = system === 'FR' ? ' (women: German + 2)' : system === 'IT' ? ' (women: German + 6)' : '';
  const source = `German/EU numbered sizes, EN 13402-3 intervals${note}; approximate`;
  const s = system as SizeSystem;
  return [
    { system: s, audience: 'women', kind: 'tops', source, sizes: zipSizes(womenLabels, { chest: women.chest }) },
    { system: s, audience: 'women', kind: 'bottoms', source, sizes: zipSizes(womenLabels, { waist: women.waist, hip: women.hip }) },
    { system: s, audience: 'men', kind: 'tops', source, sizes: zipSizes(menLabels, { chest: men.chest }) },
    { system: s, audience: 'men', kind: 'bottoms', source, sizes: zipSizes(menLabels, { waist: men.waist, hip: men.hip }) },
  ];
}

export const EU_TABLES: readonly SystemTable[] = [...tables('EU'), ...tables('DE'), ...tables('FR'), ...tables('IT')];
