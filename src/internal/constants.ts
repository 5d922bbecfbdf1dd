// Event names, their details and `emit()`: src/internal/events.ts.

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
  assistant: 'shoplive-assistant',
  schedule: 'shoplive-schedule',
} as const;
