// Size order checks. Sizes are put smallest first by their deciding measurement; every other measurement must
// then increase too, and labels with a known order (XS < S < M, or plain numbers) must agree. A chart whose
// ranges contradict each other or its own labels is rejected rather than guessed at.
import type { Problems } from './chart-fields.js';
import type { GarmentFit, Measurement, Range } from './types.js';

export interface RawSize {
  readonly index: number;
  readonly label: string;
  readonly values: Partial<Record<Measurement, Range | number>>;
  /** Field names as the seller wrote them (e.g. `bust` for chest), for error paths. */
  readonly keys: Partial<Record<Measurement, string>>;
  /** Garment charts only: this size's own fit, overriding the chart's. */
  readonly fit?: GarmentFit;
}

const LETTERS = ['XXXS', 'XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', 'XXXXL', 'XXXXXL'];

/** Comparable rank of a label, or undefined when its place cannot be told from the label alone. */
export function labelRank(label: string): number | undefined {
  const text = label.trim().toUpperCase().replace(/\s+/g, '');
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  // 2XL -> XXL, 3XL -> XXXL; 2XS -> XXS.
  const expanded = text.replace(/^(\d)X([LS])$/, (_, n: string, end: string) => 'X'.repeat(Number(n)) + end);
  const i = LETTERS.indexOf(expanded);
  return i >= 0 ? 1000 + i : undefined;
}

const low = (v: Range | number) => (typeof v === 'number' ? v : v[0]);

function pathOf(size: RawSize, m: Measurement): string {
  return `sizes[${size.index}].${size.keys[m] ?? m}`;
}

function show(v: Range | number): string {
  return typeof v === 'number' ? String(v) : `[${v[0]}, ${v[1]})`;
}

/** Sizes smallest first by `primary`, with errors recorded for every contradiction. */
export function orderSizes(sizes: readonly RawSize[], primary: Measurement, measured: readonly Measurement[], problems: Problems): RawSize[] {
  const sorted = sizes.slice().sort((a, b) => low(a.values[primary]!) - low(b.values[primary]!));
  for (const m of measured) {
    for (let k = 1; k < sorted.length; k++) {
      const [a, b] = [sorted[k - 1]!, sorted[k]!];
      const [va, vb] = [a.values[m]!, b.values[m]!];
      if (typeof va === 'number' || typeof vb === 'number') {
        if (vb <= va) problems.add(pathOf(b, m), `${show(vb)} is not larger than ${pathOf(a, m)} ${show(va)}, although ${m === primary ? 'it is listed as' : `its ${primary} makes it`} the larger size`);
      } else if (vb[0] < va[1]) {
        const reversed = vb[1] <= va[0];
        problems.add(
          pathOf(b, m),
          reversed
            ? `${show(vb)} is below ${pathOf(a, m)} ${show(va)}, but its ${primary} makes '${b.label}' the larger size: ranges are out of order`
            : `${show(vb)} overlaps ${pathOf(a, m)} ${show(va)}`,
        );
      }
    }
  }
  checkLabelOrder(sorted, primary, problems);
  return sorted;
}

/** Labels whose order is known must follow the measurements' order. */
export function checkLabelOrder(sorted: readonly { index: number; label: string }[], basis: string, problems: Problems, list = 'sizes'): void {
  const ranks = sorted.map((s) => labelRank(s.label));
  if (ranks.some((r) => r === undefined)) return;
  for (let k = 1; k < sorted.length; k++) {
    if (ranks[k]! <= ranks[k - 1]!) {
      problems.add(`${list}[${sorted[k]!.index}].label`, `'${sorted[k]!.label}' has larger ${basis} than '${sorted[k - 1]!.label}': labels and ranges are out of order`);
    }
  }
}
