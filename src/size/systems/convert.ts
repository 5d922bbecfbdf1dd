// Shows a chart size in another size system by going through the body: the size's body ranges give a body
// (their midpoints), and the target system's size is the one whose ranges contain that body — the same rule the
// engine is judged by (several measurements: the larger size). Never label to label: a Chinese M is not a US M.
import { predictTarget, valueAt } from '../body-estimate.js';
import { rangeIndex } from '../ground-truth.js';
import { BODY_MODEL } from '../model/body-model.generated.js';
import type { BodyModel } from '../model/body-model-types.js';
import type { Chart, Sex } from '../types.js';
import { CN_BODY_TYPES } from './data/cn.js';
import { JIS_WOMEN_GO } from './data/jp.js';
import { systemTable } from './tables.js';
import type { SizeSystem, SystemAudience, SystemKind, SystemSize, SystemTable } from './types.js';

export interface ConvertInput {
  readonly chart: Chart;
  /** A size label of the chart. */
  readonly label: string;
  readonly system: SizeSystem;
  /** Picks the women's or men's tables for unisex charts (default: men's, as unisex cuts usually are). */
  readonly sex?: Sex;
  /** The shopper's height: the 号 of a Chinese size (160/84A). */
  readonly heightCm?: number;
  readonly model?: BodyModel;
}

type Girths = { chest?: number; waist?: number; hip?: number };

export type ConvertResult =
  | {
      readonly ok: true;
      readonly system: SizeSystem;
      readonly label: string;
      /** A second designation where the system has one: 165/88A (CN), 9号 (JP), S · 55 (KR). */
      readonly notation?: string;
      /** The body (cm) the conversion went through. */
      readonly body: Readonly<Girths>;
      /** Set when that body is outside the target table and the answer was clamped to its end. */
      readonly outside?: 'below-smallest' | 'above-largest';
      /** Standard the target table follows. */
      readonly source: string;
    }
  | { readonly ok: false; readonly reason: 'unknown-label' | 'no-measurements' | 'no-table' };

const mid = (r: readonly [number, number] | undefined) => (r ? (r[0] + r[1]) / 2 : undefined);

export function convertSize(input: ConvertInput): ConvertResult {
  const { chart, label, system } = input;
  const size = chart.sizes.find((s) => s.label === label);
  if (!size) return { ok: false, reason: 'unknown-label' };
  const audience: SystemAudience = chart.audience === 'unisex' ? (input.sex === 'female' ? 'women' : 'men') : chart.audience;
  const body = bodyOfSize(input, audience);
  if (!body) return { ok: false, reason: 'no-measurements' };
  const kind: SystemKind = chart.category === 'bottoms' || body.chest === undefined ? 'bottoms' : 'tops';
  const table = systemTable(system, audience, kind);
  if (!table) return { ok: false, reason: 'no-table' };
  const keys = (['chest', 'waist', 'hip'] as const).filter((m) => body[m] !== undefined && table.sizes[0]?.[m]);
  if (keys.length === 0) return { ok: false, reason: 'no-measurements' };
  const index = Math.max(...keys.map((m) => rangeIndex(table.sizes, m, body[m]!)));
  const target = table.sizes[index]!;
  const notation = notationFor(system, table, target, body, audience, input.heightCm);
  return {
    ok: true,
    system,
    label: target.label,
    ...(notation ? { notation } : {}),
    body,
    ...outsideOf(table, keys, body),
    source: table.source,
  };
}

/** The body a chart size stands for: its ranges' midpoints, or for table-only charts the body model's estimate
 * for the middle of its height/weight row. */
function bodyOfSize(input: ConvertInput, audience: SystemAudience): Girths | undefined {
  const size = input.chart.sizes.find((s) => s.label === input.label)!;
  const fromRanges: Girths = Object.fromEntries(
    (['chest', 'waist', 'hip'] as const).flatMap((m) => (size[m] ? [[m, round1(mid(size[m])!)]] : [])),
  );
  if (Object.keys(fromRanges).length > 0) return fromRanges;
  const row = input.chart.heightWeight?.find((r) => r.label === input.label);
  if (!row) return undefined;
  const sexModel = (input.model ?? BODY_MODEL).sexes[audience === 'women' ? 'female' : 'male'];
  const x = { heightCm: mid(row.height)!, weightKg: mid(row.weight)!, age: 30 };
  const at = (m: 'chest' | 'waist' | 'hip') => round1(valueAt(predictTarget(sexModel.targets[m], sexModel.limits, x), 0));
  return { chest: at('chest'), waist: at('waist'), hip: at('hip') };
}

function outsideOf(table: SystemTable, keys: readonly ('chest' | 'waist' | 'hip')[], body: Girths) {
  const first = table.sizes[0]!;
  const last = table.sizes[table.sizes.length - 1]!;
  if (keys.some((m) => body[m]! >= last[m]![1])) return { outside: 'above-largest' as const };
  if (keys.every((m) => body[m]! < first[m]![0])) return { outside: 'below-smallest' as const };
  return {};
}

function notationFor(system: SizeSystem, table: SystemTable, size: SystemSize, body: Girths, audience: SystemAudience, heightCm?: number): string | undefined {
  if (system === 'CN') return chineseNotation(table.kind, size, body, audience, heightCm);
  if (system === 'JP' && audience === 'women' && table.kind === 'tops' && body.chest !== undefined) {
    const nearest = JIS_WOMEN_GO.reduce((a, b) => (Math.abs(b.bust - body.chest!) < Math.abs(a.bust - body.chest!) ? b : a));
    return `${nearest.go}号`;
  }
  return size.notation;
}

/** GB/T 1335 号/型 + body type: height to 5 cm, chest to the 4 cm series (tops) or waist to the 2 cm series. */
function chineseNotation(kind: SystemKind, size: SystemSize, body: Girths, audience: SystemAudience, heightCm?: number): string | undefined {
  const height = heightCm !== undefined && Number.isFinite(heightCm) ? Math.round(heightCm / 5) * 5 : size.nominalHeightCm;
  const girth = kind === 'tops' ? body.chest : body.waist;
  if (height === undefined || girth === undefined) return size.notation;
  const rounded = kind === 'tops' ? Math.round(girth / 4) * 4 : Math.round(girth / 2) * 2;
  const drop = body.chest !== undefined && body.waist !== undefined ? body.chest - body.waist : undefined;
  const type = drop === undefined ? 'A' : CN_BODY_TYPES[audience].find((t) => drop >= t.minDrop)!.type;
  return `${height}/${rounded}${type}`;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
