import type { Fix } from './fixes.js';
import type { FeedbackReason, ProductCategory } from './reasons.js';

/** `shoplive-feedback`: what the shopper answered after delivery. Nothing of it is stored by the SDK. */
export interface FeedbackDetail {
  readonly orderId: string;
  readonly productId: string;
  readonly variantId: string;
  readonly category: ProductCategory;
  /** Question id → answer value (docs/returns.md lists them per category). */
  readonly answers: Readonly<Record<string, string>>;
  /** The one reason the answers point to (`as-expected` when all went well). */
  readonly reason: FeedbackReason;
  /** The shopper's own words, when they wrote any (cleaned, at most 1000 characters). */
  readonly note?: string;
}

/** `shoplive-fix-chosen`: the shopper took one of the fixes offered before the return path. */
export interface FixChosenDetail {
  readonly orderId: string;
  readonly productId: string;
  readonly variantId: string;
  readonly reason: FeedbackReason;
  readonly fix: Fix['type'];
  /** For an exchange: the size offered, and the variant of that size when the product data names one. */
  readonly size?: string;
  readonly toVariantId?: string;
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-feedback': CustomEvent<FeedbackDetail>;
    'shoplive-fix-chosen': CustomEvent<FixChosenDetail>;
  }
}
