/**
 * A familiar object to draw beside a piece of furniture or decor, so its real size reads at a glance. Picked by the
 * product's largest side: a 170 cm person for big things, a sofa seat (45 cm high) for knee-height things, an A4
 * sheet for small ones.
 */
export type ReferenceObject = 'person' | 'sofa-seat' | 'a4-sheet';

export interface Reference {
  readonly object: ReferenceObject;
  /** Width and height of its outline in cm. */
  readonly widthCm: number;
  readonly heightCm: number;
}

export const REFERENCES: Readonly<Record<ReferenceObject, Reference>> = {
  person: { object: 'person', widthCm: 45, heightCm: 170 },
  'sofa-seat': { object: 'sofa-seat', widthCm: 60, heightCm: 45 },
  'a4-sheet': { object: 'a4-sheet', widthCm: 21, heightCm: 29.7 },
};

export function referenceFor(widthCm: number, heightCm: number): Reference {
  const largest = Math.max(widthCm, heightCm);
  if (largest >= 100) return REFERENCES.person;
  if (largest >= 35) return REFERENCES['sofa-seat'];
  return REFERENCES['a4-sheet'];
}

export interface ScaleDrawing {
  readonly reference: Reference;
  /** Drawing units (px in the SVG) per cm: the same for the product and the reference. */
  readonly perCm: number;
  readonly width: number;
  readonly height: number;
}

/** Fits product (front view: width × height) and reference side by side, to scale, in a box `box` units tall. */
export function scaleDrawing(widthCm: number, heightCm: number, box = 160, gapCm = 10): ScaleDrawing {
  const reference = referenceFor(widthCm, heightCm);
  const tallest = Math.max(heightCm, reference.heightCm);
  const perCm = box / tallest;
  return { reference, perCm, width: (widthCm + gapCm + reference.widthCm) * perCm, height: box };
}
