import { define } from '../../internal/define.js';
import '../buy-button/buy-button.js';
import { COMMERCE_TAGS } from '../events.js';
import { ShopliveProductCards } from './product-cards.component.js';

export { ShopliveProductCards } from './product-cards.component.js';

define(COMMERCE_TAGS.productCards, ShopliveProductCards);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-product-cards': ShopliveProductCards;
  }
}
