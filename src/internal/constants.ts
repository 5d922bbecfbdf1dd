/** Every public event name in one place, so listeners and emitters cannot drift apart. */
export const EVENTS = {
  ready: 'shoplive-ready',
  firstFrame: 'shoplive-first-frame',
  stall: 'shoplive-stall',
  qualityChange: 'shoplive-quality-change',
  error: 'shoplive-error',
  engineChange: 'shoplive-engine-change',
  networkQuality: 'shoplive-network-quality',
  publisher: 'shoplive-publisher',
  qoe: 'shoplive-qoe',
  addToCart: 'shoplive-add-to-cart',
  productView: 'shoplive-product-view',
  productClick: 'shoplive-product-click',
  checkout: 'shoplive-checkout',
  sizeRequest: 'shoplive-size-request',
  sizeRecommended: 'shoplive-size-recommended',
  feedback: 'shoplive-feedback',
  fixChosen: 'shoplive-fix-chosen',
} as const;

export type ShopliveEventName = (typeof EVENTS)[keyof typeof EVENTS];

/** The package version, used to warn when two different copies register the same tags. */
export const VERSION = '0.1.0';

/** Tag names of every element the script-tag loader knows about. */
export const TAGS = {
  player: 'shoplive-player',
  buyButton: 'shoplive-buy-button',
  productCards: 'shoplive-product-cards',
  sizeHelper: 'shoplive-size-helper',
  fitCheck: 'shoplive-fit-check',
  productDetails: 'shoplive-product-details',
  schedule: 'shoplive-schedule',
} as const;
