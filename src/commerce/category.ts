/** What kind of product it is: decides which honest-display fields and post-purchase questions apply. */
export const PRODUCT_CATEGORIES = ['apparel', 'beauty', 'electronics', 'home', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export function isCategory(value: unknown): value is ProductCategory {
  return typeof value === 'string' && (PRODUCT_CATEGORIES as readonly string[]).includes(value);
}
