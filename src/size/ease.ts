// Ease: how much larger a garment is than the body it is meant for. A garment chart (the garment's own
// circumferences) becomes a body chart by subtracting the ease for its category, measurement and fit.
// Values are typical pattern-cutting allowances (e.g. Aldrich, "Metric Pattern Cutting": fitted bodice bust
// ease ~5–8 cm, jackets ~10–12 cm, coats 14 cm and more; trouser waist 1–2 cm, hip 4–6 cm). They are
// approximations: brands differ, stretch fabrics need less (even negative) ease. Lengths in cm.
import type { Category, GarmentFit, Measurement } from './types.js';

type EaseTable = Record<Category, Partial<Record<Measurement, Record<GarmentFit, number>>>>;

export const EASE_CM: EaseTable = {
  tops: {
    chest: { slim: 4, regular: 8, relaxed: 14 },
    waist: { slim: 4, regular: 8, relaxed: 14 },
    hip: { slim: 4, regular: 8, relaxed: 12 },
    // Garment shoulder width is seam to seam, a little wider than the bone-to-bone biacromial breadth.
    shoulder: { slim: 1, regular: 2, relaxed: 4 },
  },
  dresses: {
    chest: { slim: 4, regular: 7, relaxed: 12 },
    waist: { slim: 3, regular: 6, relaxed: 10 },
    hip: { slim: 4, regular: 7, relaxed: 12 },
    shoulder: { slim: 1, regular: 2, relaxed: 4 },
  },
  outerwear: {
    // Worn over other clothes.
    chest: { slim: 8, regular: 12, relaxed: 18 },
    waist: { slim: 8, regular: 12, relaxed: 18 },
    hip: { slim: 6, regular: 10, relaxed: 14 },
    shoulder: { slim: 2, regular: 3, relaxed: 5 },
  },
  bottoms: {
    // A waistband has to hold the garment up, so almost no ease; room is in the seat.
    waist: { slim: 1, regular: 2, relaxed: 4 },
    hip: { slim: 3, regular: 6, relaxed: 10 },
  },
};

/** Ease in cm for a measurement; measurements the table does not list get none. */
export function easeFor(category: Category, m: Measurement, fit: GarmentFit): number {
  return EASE_CM[category][m]?.[fit] ?? 0;
}

/**
 * Body ranges from body point values (garment minus ease), one per size, smallest first: boundaries halfway
 * between neighbours, the two ends extended by half the neighbouring step (one size alone: +-4 cm).
 */
export function rangesFromPoints(points: readonly number[]): [number, number][] {
  if (points.length === 1) return [[points[0]! - 4, points[0]! + 4]];
  return points.map((p, i) => {
    const lower = i > 0 ? (points[i - 1]! + p) / 2 : p - (points[1]! - p) / 2;
    const upper = i < points.length - 1 ? (p + points[i + 1]!) / 2 : p + (p - points[i - 1]!) / 2;
    return [lower, upper];
  });
}
