import type { LocaleController } from '../i18n/locale-controller.js';
import type { Product, ProductVariant } from './product.js';

/** The price to show: the chosen variant's own, else the range over every variant (`$15.00–$21.00`) before a pick. */
export function priceText(i18n: LocaleController, product: Product, variant: ProductVariant | null): string {
  if (variant) return i18n.formatPrice(variant.price ?? product.price, product.currency);
  const prices = product.variants.map((each) => each.price ?? product.price);
  if (!prices.length) return i18n.formatPrice(product.price, product.currency);
  return i18n.formatPriceRange(Math.min(...prices), Math.max(...prices), product.currency);
}
