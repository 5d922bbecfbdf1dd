// Japanese sizes. Women: JIS L4005:2001 "成人女子用衣料のサイズ". Letter sizes use its range designation
// (S bust 72–80 / hip 82–90, M 79–87 / 87–95, L 86–94 / 92–100, LL 93–101 / 97–105, 3L 100–108 / 102–110;
// waist S 58–64, M 64–70, L 69–77, LL 77–85, 3L 85–93); JIS ranges overlap by design, split here at the middle
// of each overlap. The 号 notation (5号, 7号, 9号 …) is JIS's bust-based designation for the A body type
// (bust 77, 80, 83 … cm, 3 cm steps, then 4 cm). Men: JIS L4004:2001 "成人男子用衣料のサイズ", range designation
// (chest S 80–88, M 88–96, L 96–104, LL 104–112, 3L 112–120; waist S 68–76, M 76–84, L 84–94, LL 94–104,
// 3L 104–114). Approximate.
import type { SystemTable } from '../types.js';
import { fromEdges, zipSizes } from './build.js';

const WOMEN = ['S', 'M', 'L', 'LL', '3L', '4L'];
const MEN = ['S', 'M', 'L', 'LL', '3L', '4L'];

/** JIS L4005 号 for a bust girth (A body type). */
export const JIS_WOMEN_GO: readonly { go: number; bust: number }[] = [
  { go: 3, bust: 74 },
  { go: 5, bust: 77 },
  { go: 7, bust: 80 },
  { go: 9, bust: 83 },
  { go: 11, bust: 86 },
  { go: 13, bust: 89 },
  { go: 15, bust: 92 },
  { go: 17, bust: 96 },
  { go: 19, bust: 100 },
  { go: 21, bust: 104 },
  { go: 23, bust: 108 },
];

const SOURCE_W = 'JIS L4005 (women), range designation, overlaps split; approximate';
const SOURCE_M = 'JIS L4004 (men), range designation; approximate';

export const JP_TABLES: readonly SystemTable[] = [
  { system: 'JP', audience: 'women', kind: 'tops', source: SOURCE_W, sizes: zipSizes(WOMEN, { chest: fromEdges([72, 79.5, 86.5, 93.5, 100.5, 107.5, 115]) }) },
  {
    system: 'JP',
    audience: 'women',
    kind: 'bottoms',
    source: SOURCE_W,
    sizes: zipSizes(WOMEN, { waist: fromEdges([58, 64, 69.5, 77, 85, 93, 101]), hip: fromEdges([82, 88.5, 93.5, 98.5, 103.5, 108.5, 115]) }),
  },
  { system: 'JP', audience: 'men', kind: 'tops', source: SOURCE_M, sizes: zipSizes(MEN, { chest: fromEdges([80, 88, 96, 104, 112, 120, 128]) }) },
  { system: 'JP', audience: 'men', kind: 'bottoms', source: SOURCE_M, sizes: zipSizes(MEN, { waist: fromEdges([68, 76, 84, 94, 104, 114, 124]) }) },
];
