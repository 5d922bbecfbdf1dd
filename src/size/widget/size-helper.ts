// Registers <shoplive-size-helper>. The npm entry `shoplive/size-helper` and the script-tag loader import this file.
import { define } from '../../internal/define.js';
import { SIZE_HELPER_TAG } from './constants.js';
import { ShopliveSizeHelper } from './size-helper.component.js';

export { ShopliveSizeHelper } from './size-helper.component.js';
export { PROFILE_STORAGE_KEY, SIZE_HELPER_EVENTS, SIZE_HELPER_TAG } from './constants.js';
export type { SharedProfile, SizeHelperErrorDetail, SizeRecommendedDetail, SizeRequestDetail, UnitSystem } from './types.js';

define(SIZE_HELPER_TAG, ShopliveSizeHelper);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-size-helper': ShopliveSizeHelper;
  }
}
