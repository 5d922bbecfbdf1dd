import { define } from '../internal/define.js';
import { TAGS } from '../internal/constants.js';
import { ShopliveFitCheck } from './fit-check.component.js';

export { ShopliveFitCheck } from './fit-check.component.js';

define(TAGS.fitCheck, ShopliveFitCheck);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-fit-check': ShopliveFitCheck;
  }
}
