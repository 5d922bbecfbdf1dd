import { html, nothing, type PropertyValues } from 'lit';
import { log } from '../../internal/log.js';
import { ShopliveElement } from '../../internal/shoplive-element.js';
import { describeError, isolate } from '../../internal/text.js';
import { checkUrl } from '../../internal/url-guard.js';
import type { MessageKey } from '../../i18n/en.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { newRequestId, type AddOutcome } from '../answer.js';
import { commerceMode, playerOf, streamContext } from '../context.js';
import { COMMERCE_EVENTS, COMMERCE_TAGS, reportError, type AddToCartReason, type AddToCartSource, type SizeRecommendedDetail } from '../events.js';
import { sameSize, sizesOf, validateProducts, variantFor, type Product, type ProductVariant } from '../product.js';
import { ProductController } from '../product-controller.js';
import { productStore } from '../product-store.js';
import { priceText } from '../price-text.js';
import { watchThemeVariantPicks } from '../shopify-theme-variant.js';
import { addToCart } from './add-to-cart.js';
import { buyButtonStyles } from './buy-button.styles.js';
import { sizeChipKeys, sizeChips } from './size-chips.js';
import { commerceMessages } from '../messages/index.js';

export type BuyButtonState = 'idle' | 'choosing' | 'pending' | 'added' | 'error';

interface Status {
  key: MessageKey | null;
  params?: Record<string, string>;
  /** Text from the storefront (a 422 description, a custom reason), shown as text. */
  text?: string;
  /** A checked product page URL to continue on. */
  link?: string;
}

/** How long "Added" stays on the button before it offers to add again. */
const ADDED_MS = 4000;

const REASON_MESSAGES: Record<AddToCartReason, MessageKey> = {
  'sold-out': 'commerce.errorSoldOut',
  invalid: 'commerce.errorInvalid',
  custom: 'commerce.errorGeneric',
};

/**
 * Adds a product to the storefront's cart, over the stream or anywhere on the page. When the product comes in
 * sizes and none is chosen it asks for one (size chips, a radio group; sold-out sizes are shown but cannot be
 * chosen), then asks the storefront with a cancelable `shoplive-add-to-cart` and shows its answer.
 *
 * @event shoplive-add-to-cart - The shopper asked to add a product; cancelable, answer with `event.detail.respondWith(…)`. {AddToCartDetail}
 * @event shoplive-size-request - "Find my size" was pressed; cancelable, a size helper takes it and answers with `shoplive-size-recommended` on `document`. {SizeRequestDetail}
 * @event shoplive-variant-change - The chosen variant changed (size chip, size helper, or the Shopify theme's own variant picker: `by: 'theme'`; `variantId: null` when cleared). {VariantChangeDetail}
 * @event shoplive-error - Non-fatal: a listener threw (`listener-error`), an answer or the product data was unusable, the cart failed. {CommerceErrorDetail}
 *
 * @csspart base - The wrapper.
 * @csspart sizes - The size chips' radio group.
 * @csspart size - One size chip.
 * @csspart size-checked - The chosen size chip (with `size`).
 * @csspart size-sold-out - A sold-out size chip (with `size`).
 * @csspart find-size-button - "Find my size".
 * @csspart button - The add-to-cart button.
 * @csspart price - The price inside the button.
 * @csspart status - The live status line (pending, added, reasons).
 *
 * @cssproperty --shoplive-accent - Accent colour: the button and the chosen chip default to it; #d81a4b.
 * @cssproperty --shoplive-on-accent - Text on the accent; #fff.
 * @cssproperty --shoplive-radius - Corner radius shared by every element (the button's falls back to it).
 * @cssproperty --shoplive-font - Font shorthand of the chips, button and status.
 * @cssproperty --shoplive-focus-ring - Focus outline colour.
 * @cssproperty --shoplive-buy-background - Button colour (falls back to --shoplive-accent).
 * @cssproperty --shoplive-buy-color - Button text colour (falls back to --shoplive-on-accent).
 * @cssproperty --shoplive-buy-radius - Button corner radius (falls back to --shoplive-radius, else 8 px).
 * @cssproperty --shoplive-buy-added-background - Button colour once added.
 * @cssproperty --shoplive-buy-text-color - Text around the button (status line, size label); inherited by default.
 * @cssproperty --shoplive-buy-error-color - Status text colour of errors.
 * @cssproperty --shoplive-buy-price-display - `none` hides the price inside the button (the cards do).
 * @cssproperty --shoplive-chip-background - Size chip background (transparent).
 * @cssproperty --shoplive-chip-border-color - Size chip border.
 * @cssproperty --shoplive-chip-radius - Size chip corners (999px).
 * @cssproperty --shoplive-chip-checked-background - Chosen size chip (falls back to the accent).
 * @cssproperty --shoplive-chip-checked-color - Chosen size chip's text (falls back to --shoplive-on-accent).
 */
export class ShopliveBuyButton extends ShopliveElement {
  static override styles = buyButtonStyles;

  static override properties = {
    productId: { attribute: 'product-id', reflect: true },
    variantId: { attribute: 'variant-id', reflect: true },
    quantity: { type: Number, reflect: true },
    commerce: { reflect: true },
    hostOrigin: { attribute: 'host-origin', reflect: true },
    answerTimeout: { attribute: 'answer-timeout', type: Number, reflect: true },
    player: { reflect: true },
    source: { reflect: true },
    product: { attribute: false },
    owner: { attribute: false },
    state: { reflect: true },
    size: { state: true },
    status: { state: true },
  };

  /** Id of the product in the page's product store. */
  declare productId: string;
  /** A fixed variant: no size chips. */
  declare variantId: string;
  declare quantity: number;
  /** `shopify`: add through the shop's cart when the storefront does not answer. Inherited from ancestors. */
  declare commerce: string | undefined;
  /** Parent frame origin to post events to when embedded in an iframe. Inherited from ancestors. */
  declare hostOrigin: string | undefined;
  /** Milliseconds to wait for an answer (8000). Inherited from ancestors. */
  declare answerTimeout: number | undefined;
  /** Id of the `<shoplive-player>` this button belongs to (for `streamTime`); default: the enclosing player. */
  declare player: string | undefined;
  /** `button` (default) or `card` (inside the product cards). */
  declare source: AddToCartSource;
  /** The product itself, for a button used without a player: validated and kept as this button's own. */
  declare product: unknown;
  /** The show whose product this is (the product cards set it); default: its own `product`, else its player's show. */
  declare owner: object | undefined;
  /** Read-only: `idle`, `choosing` (a size is needed), `pending`, `added` or `error`. Reflected for styling. */
  declare state: BuyButtonState;
  declare protected size: string | null;
  declare protected status: Status;

  private readonly i18n = new LocaleController(this, [commerceMessages]);
  private readonly chipKeys = sizeChipKeys(this, (label) => this.chooseSize(label, true));
  private addedTimer?: ReturnType<typeof setTimeout>;
  private lookedUp = new Set<string>();
  private stopThemePicks?: () => void;
  /** Who made the size choice being applied: the theme's own variant picker, else the shopper here. */
  private pickedBy: 'shopper' | 'theme' = 'shopper';
  /** The request the button shows the outcome of: a late answer to an older one changes nothing. */
  private requestId: string | null = null;

  constructor() {
    super();
    this.productId = '';
    this.variantId = '';
    this.quantity = 1;
    this.source = 'button';
    this.state = 'idle';
    this.size = null;
    this.status = { key: null };
    // Re-renders when this button's product, or its show, changes in the store.
    new ProductController(this, {
      concerns: (change) => (change.type === 'products' && change.ids.includes(this.productId)) || (change.type === 'show' && change.owner === this.show),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(COMMERCE_EVENTS.sizeRecommended, this.onSizeRecommended);
    this.stopThemePicks = watchThemeVariantPicks(this.onThemePick);
    if (!customElements.get(COMMERCE_TAGS.sizeHelper)) {
      void customElements.whenDefined(COMMERCE_TAGS.sizeHelper).then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(COMMERCE_EVENTS.sizeRecommended, this.onSizeRecommended);
    this.stopThemePicks?.();
    clearTimeout(this.addedTimer);
  }

  /** The show whose products this button reads first (see product-store.ts), or null outside any show. */
  get show(): object | null {
    if (this.owner) return this.owner;
    if (this.product !== undefined && this.product !== null) return this;
    return playerOf(this);
  }

  /** The product as its show (else the page) knows it now, sold-out marks included. */
  get currentProduct(): Product | null {
    return (this.productId && productStore.get(this.productId, this.show)) || null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product') && this.product !== undefined && this.product !== null) {
      const { products, errors } = validateProducts([this.product]);
      if (errors.length) reportError(this, { code: 'products-invalid', message: `<shoplive-buy-button> product: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}` });
      const product = products[0];
      if (product) {
        productStore.put([product], this);
        if (!this.productId) this.productId = product.id;
      }
    }
    if ((changed.has('productId') || changed.has('variantId')) && this.hasUpdated) {
      this.size = null;
      this.resetState();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed as Map<string, unknown>;
    if (previous.has('size') && previous.get('size') !== undefined) this.announceVariant();
    const id = this.productId;
    if (id && !this.currentProduct && commerceMode(this) === 'shopify' && !this.lookedUp.has(id)) {
      this.lookedUp.add(id);
      void import('../shopify.js').then((shopify) => shopify.findShopifyProduct(id));
    }
  }

  private readonly onSizeRecommended = (event: CustomEvent<SizeRecommendedDetail>) => {
    const detail = event.detail;
    const product = this.currentProduct;
    if (!product || !detail || detail.productId !== product.id || typeof detail.label !== 'string') return;
    const match = sizesOf(product).find((size) => sameSize(size.label, detail.label));
    if (!match) return;
    if (match.available && this.state !== 'pending') {
      this.size = match.label;
      this.state = 'idle';
    }
    // A recommended size that is sold out says so: the shopper must not think it was chosen.
    this.status = { key: match.available ? 'commerce.recommendedSize' : 'commerce.recommendedSoldOut', params: { size: isolate(match.label) } };
  };

  /** The theme's own picker chose a variant of this product (Shopify mode): follow it, so the page shows one choice. */
  private readonly onThemePick = (variantId: string) => {
    const product = this.currentProduct;
    const variant = product?.variants.find((each) => each.id === variantId);
    if (!product || !variant || commerceMode(this) !== 'shopify' || this.state === 'pending') return;
    const match = this.sizes.find((size) => sameSize(size.label, variant.options.size ?? ''));
    // A sold-out size is followed too (the button then says so): the page never shows two different choices.
    if (!match || match.label === this.size) return;
    this.pickedBy = 'theme';
    this.size = match.label;
    this.resetState();
  };

  private announceVariant(): void {
    const product = this.currentProduct;
    if (!product) return;
    const variant = this.size === null ? null : this.variant;
    const by = this.pickedBy;
    this.pickedBy = 'shopper';
    this.emit(COMMERCE_EVENTS.variantChange, { productId: product.id, variantId: variant?.id ?? null, size: this.size, price: variant ? (variant.price ?? product.price) : null, currency: product.currency, by });
  }

  private resetState(): void {
    if (this.state === 'pending') return;
    clearTimeout(this.addedTimer);
    this.state = 'idle';
    this.status = { key: null };
  }

  private get sizes() {
    const product = this.currentProduct;
    return product && !this.variantId ? sizesOf(product) : [];
  }

  private get variant(): ProductVariant | null {
    const product = this.currentProduct;
    if (!product) return null;
    if (this.variantId) return product.variants.find((variant) => variant.id === this.variantId) ?? null;
    return variantFor(product, this.sizes.length ? this.size : null);
  }

  private get soldOut(): boolean {
    const product = this.currentProduct;
    if (!product || !product.variants.length) return false;
    if (this.variantId) return !this.variant?.available;
    const sizes = this.sizes;
    if (sizes.length && this.size !== null) return !sizes.find((size) => size.label === this.size)?.available;
    return !product.variants.some((variant) => variant.available);
  }

  private chooseSize(label: string, available: boolean): void {
    if (!available || this.state === 'pending') return;
    this.size = label;
    this.resetState();
  }

  private readonly onBuy = async () => {
    // One click, one request: a pending add swallows further clicks (the button stays focusable, aria-disabled).
    if (this.state === 'pending') return;
    const product = this.currentProduct;
    if (!product || this.soldOut) return;
    if (this.sizes.length && this.size === null) {
      this.state = 'choosing';
      this.status = { key: 'commerce.chooseSize' };
      this.chipKeys.focusAfterUpdate('stop');
      return;
    }
    const variant = this.variant;
    clearTimeout(this.addedTimer);
    this.state = 'pending';
    this.status = { key: 'commerce.adding' };
    const quantity = Number.isInteger(this.quantity) && this.quantity > 0 ? Math.min(this.quantity, 999) : 1;
    const request = {
      requestId: newRequestId(),
      productId: product.id,
      variantId: variant?.id ?? null,
      size: this.sizes.length ? this.size : (variant?.options.size ?? null),
      quantity,
      price: variant?.price ?? product.price,
      currency: product.currency,
      source: this.source === 'card' ? 'card' : 'button',
      ...streamContext(this),
    } as const;
    this.requestId = request.requestId;
    let outcome: AddOutcome;
    try {
      outcome = await addToCart(this, request, variant, quantity);
    } catch (error) {
      // Whatever went wrong (a chunk that did not load), the button must not stay pending.
      outcome = { kind: 'failed', message: describeError(error) };
      reportError(this, { code: 'cart', message: `the add to cart could not be completed: ${outcome.message}` }, error);
    }
    if (this.requestId === request.requestId) this.apply(outcome, product, variant, request.requestId);
  };

  private apply(outcome: AddOutcome, product: Product, variant: ProductVariant | null, requestId: string): void {
    switch (outcome.kind) {
      case 'added':
        this.state = 'added';
        this.status = { key: 'commerce.addedStatus' };
        this.addedTimer = setTimeout(() => this.state === 'added' && (this.state = 'idle'), ADDED_MS);
        return;
      case 'rejected':
        this.state = 'error';
        // The storefront's own words (a 422 description, "Only 2 left") when it gave some; else ours.
        this.status = outcome.message ? { key: null, text: outcome.message } : { key: REASON_MESSAGES[outcome.reason] };
        if (outcome.reason === 'sold-out' && variant) productStore.markSoldOut(product.id, variant.id, this.show);
        return;
      case 'taken-over':
        this.state = 'idle';
        this.status = { key: null };
        return;
      case 'failed':
        this.state = 'error';
        this.status = { key: 'commerce.errorGeneric' };
        return;
      case 'unconfirmed':
        // Not "failed": the storefront may still be adding it. Its answer shows when it comes, unless the shopper
        // has asked again since.
        this.state = 'error';
        this.status = { key: 'commerce.errorUnconfirmed' };
        void outcome.late.then((late) => {
          if (this.requestId === requestId && this.state === 'error') this.apply(late, product, variant, requestId);
          else log.warn(`a late answer (${late.kind}) to an earlier add to cart of "${product.id}" is not shown: the shopper has moved on since.`);
        });
        return;
      case 'unanswered':
        // Right after the click the browser still lets us open a tab; after a timeout only the status link can.
        this.openProductPage(product, outcome.why !== 'timeout');
        return;
    }
  }

  /** The default when nobody answers: continue on the product page (only an http(s) URL, never `javascript:`). */
  private openProductPage(product: Product, openTab: boolean): void {
    const checked = product.url ? checkUrl(product.url) : null;
    if (!checked?.ok) {
      this.state = 'error';
      this.status = { key: 'commerce.errorGeneric' };
      return;
    }
    this.state = 'idle';
    this.status = { key: 'commerce.continueOnProductPage', link: checked.url.href };
    if (openTab) window.open(checked.url.href, '_blank', 'noopener,noreferrer');
  }

  private readonly requestSize = () => {
    const product = this.currentProduct;
    if (!product) return;
    // Cancelable: a size helper that takes the request cancels it (and anchors its panel to this button).
    this.emit(
      COMMERCE_EVENTS.sizeRequest,
      { productId: product.id, sizeChart: product.sizeChart ?? null, sizes: this.sizes.map((size) => size.label) },
      { cancelable: true },
    );
  };

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  private buttonLabel(): string {
    if (!this.currentProduct) return this.t('commerce.addToCart');
    if (this.state === 'pending') return this.t('commerce.adding');
    if (this.state === 'added') return this.t('commerce.added');
    if (this.soldOut) return this.t('commerce.soldOut');
    if (this.state === 'error') return this.t('commerce.retry');
    return this.t('commerce.addToCart');
  }

  protected override render() {
    const product = this.currentProduct;
    const sizes = this.sizes;
    const price = product ? priceText(this.i18n, product, this.sizes.length && this.size === null ? null : this.variant) : '';
    const inactive = !product || this.soldOut || this.state === 'pending';
    const findSize = product && sizes.length && (product.sizeChart || customElements.get(COMMERCE_TAGS.sizeHelper));
    return html`
      <div part="base" class="base" lang=${this.i18n.locale} dir=${this.i18n.dir}>
        ${sizes.length
          ? sizeChips({
              sizes,
              chosen: this.size,
              attention: this.state === 'choosing',
              label: this.t('commerce.size'),
              soldOut: this.t('commerce.soldOut'),
              keys: this.chipKeys,
              choose: (label, available) => this.chooseSize(label, available),
            })
          : nothing}
        ${findSize ? html`<button part="find-size-button" class="find-size" type="button" @click=${this.requestSize}>${this.t('commerce.findMySize')}</button>` : nothing}
        <button
          part="button"
          class="buy"
          type="button"
          aria-disabled=${inactive ? 'true' : 'false'}
          aria-busy=${this.state === 'pending' ? 'true' : 'false'}
          aria-describedby="status"
          @click=${this.onBuy}
        >
          ${this.state === 'pending' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          <span class="label">${this.buttonLabel()}</span>
          ${price && this.state !== 'pending' && this.state !== 'added' ? html`<span part="price" class="price">${price}</span>` : nothing}
        </button>
        <p id="status" part="status" class="status" role="status" aria-live="polite">${this.renderStatus()}</p>
      </div>
    `;
  }

  private renderStatus() {
    const { key, params, text, link } = this.status;
    // The storefront's own words are data: isolated, so their direction cannot spill into the link after them.
    const message = text !== undefined ? html`<bdi>${text}</bdi>` : key ? this.t(key, params) : '';
    return html`${message}${link
      ? html` <a href=${link} target="_blank" rel="noopener noreferrer">${this.t('commerce.viewProduct')}</a>`
      : nothing}`;
  }
}
