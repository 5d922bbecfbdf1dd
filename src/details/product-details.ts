import { define } from '../internal/define.js';
import { TAGS } from '../internal/constants.js';
import { ShopliveProductDetails } from './product-details.component.js';

export { ShopliveProductDetails } from './product-details.component.js';

define(TAGS.productDetails, ShopliveProductDetails);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-product-details': ShopliveProductDetails;
  }
}
