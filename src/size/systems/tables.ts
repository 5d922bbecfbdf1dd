// All size-system tables, looked up by system, audience and kind.
import { CN_TABLES } from './data/cn.js';
import { EU_TABLES } from './data/eu.js';
import { JP_TABLES } from './data/jp.js';
import { KR_TABLES } from './data/kr.js';
import { LETTER_TABLES } from './data/letters.js';
import { UK_TABLES } from './data/uk.js';
import { US_TABLES } from './data/us.js';
import type { SizeSystem, SystemAudience, SystemKind, SystemTable } from './types.js';

export const SIZE_SYSTEMS: readonly SizeSystem[] = ['US', 'UK', 'EU', 'DE', 'FR', 'IT', 'CN', 'JP', 'KR', 'letters'];

const ALL: readonly SystemTable[] = [...US_TABLES, ...UK_TABLES, ...EU_TABLES, ...CN_TABLES, ...JP_TABLES, ...KR_TABLES, ...LETTER_TABLES];

export function systemTable(system: SizeSystem, audience: SystemAudience, kind: SystemKind): SystemTable | undefined {
  return ALL.find((t) => t.system === system && t.audience === audience && t.kind === kind);
}
