/** `shoplive/details`: the honest product sheet and its pure helpers. */
export { ShopliveProductDetails } from './product-details.js';
export { readDetails, GARMENT_MEASURES, DETAILS_LIMITS, type ProductDetails } from './details-data.js';
export { compatibility, countryOf, MAINS, type Compatibility, type PowerSpec } from './power.js';
export { referenceFor, scaleDrawing, REFERENCES, type Reference } from './scale.js';
export { ALLERGENS, allergensIn } from './allergens.js';
