// Product fixtures for the assistant tests: each has some of the fields the assistant answers from, not all.
let counter = 0;
export const uniqueId = (base: string) => `${base}-${Date.now().toString(36)}-${counter++}`;

export function shirtInput(id = uniqueId('shirt')) {
  return {
    id,
    title: 'Linen Shirt',
    category: 'apparel',
    price: 79,
    currency: 'USD',
    material: { en: '100% European linen', es: '100% lino europeo' },
    care: 'Machine wash cold; line dry',
    origin: 'PT',
    shipping: { countries: ['US', 'CA', 'DE', 'FR', 'JP', 'SA'], days: { min: 5, max: 9 }, from: 'PT' },
    returns: { days: 30, free: true },
    sizeChart: { model: { height: 180, wears: 'M' } },
    variants: [
      { id: 's', options: { size: 'S', colour: 'White' }, available: true },
      { id: 'm', options: { size: 'M', colour: 'White' }, available: true },
      { id: 'l', options: { size: 'L', colour: 'Sand' }, available: false },
    ],
  };
}

export function lampInput(id = uniqueId('lamp')) {
  return {
    id,
    title: 'Oak Table Lamp',
    category: 'home',
    price: 149,
    currency: 'EUR',
    material: 'Solid oak, linen shade',
    care: 'Dust with a dry cloth',
    dimensions: { width: 25, height: 45, depth: 25, unit: 'cm' },
    weight: { value: 2.4, unit: 'kg' },
    warranty: '1-year warranty',
    inTheBox: ['Lamp', 'E27 bulb'],
    knownIssues: ['The switch clicks loudly'],
    origin: 'DK',
    shipping: { countries: ['DK', 'DE'], days: { min: 3, max: 6 }, from: 'DK' },
    returns: { days: 14, free: false },
    variants: [{ id: 'lamp', options: {}, available: true }],
  };
}

/** Text as a shopper reads it: without the bidi isolates around values. */
export const visible = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
