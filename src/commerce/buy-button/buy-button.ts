import { define } from '../../internal/define.js';
import { COMMERCE_TAGS } from '../events.js';
import { ShopliveBuyButton } from './buy-button.component.js';

export { ShopliveBuyButton } from './buy-button.component.js';
export type { BuyButtonState } from './buy-button.component.js';

define(COMMERCE_TAGS.buyButton, ShopliveBuyButton);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-buy-button': ShopliveBuyButton;
  }
}
