/** English commerce strings: built into the commerce chunk; the reference its other catalogs are typed against. */
export const commerceEn = {
  'commerce.addToCart': 'Add to cart',
  'commerce.adding': 'Adding…',
  'commerce.added': 'Added',
  'commerce.addedStatus': 'Added to your cart.',
  'commerce.retry': 'Try again',
  'commerce.soldOut': 'Sold out',
  'commerce.size': 'Size',
  'commerce.chooseSize': 'Choose a size first.',
  'commerce.findMySize': 'Find my size',
  'commerce.recommendedSize': 'Recommended size: {size}',
  'commerce.errorSoldOut': 'Sorry, that size just sold out. Choose another one.',
  'commerce.errorInvalid': 'This item cannot be added right now.',
  'commerce.errorGeneric': 'Could not add to cart. Please try again.',
  'commerce.continueOnProductPage': 'Finish adding it on the product page.',
  'commerce.viewProduct': 'View product',
  'commerce.products': 'Products in this show',
  'commerce.allProducts': 'All products ({count})',
  'commerce.hideProducts': 'Hide products',
  'commerce.onStream': 'On stream now',
  'commerce.naturalLight': 'Seen in natural light',
  'commerce.studioPhoto': 'Studio',
  'commerce.naturalLightPhoto': 'Natural light',
  'commerce.cart': 'Cart',
  'commerce.unavailable': 'Unavailable',
} as const;

export type CommerceMessageKey = keyof typeof commerceEn;
