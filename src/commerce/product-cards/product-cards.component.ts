import { html, nothing, type PropertyValues } from 'lit';
import type { ShopliveEventDetails, VariantChangeDetail } from '../../internal/events.js';
import { ShopliveElement } from '../../internal/shoplive-element.js';
import { cleanText, describeError } from '../../internal/text.js';
import { inheritedLang } from '../../internal/composed-ancestors.js';
import { log } from '../../internal/log.js';
import type { MessageKey } from '../../i18n/en.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { commerceMode, elementById, playerOf } from '../context.js';
import { COMMERCE_EVENTS, reportError } from '../events.js';
import { iframeBridge } from '../iframe-bridge.js';
import { priceText } from '../price-text.js';
import type { Product } from '../product.js';
import { ProductController } from '../product-controller.js';
import { productStore, type LoadProblem, type ShowLoad, type StoreChange } from '../product-store.js';
import { loadShowProducts, setShowProducts } from '../show.js';
import { productCardsStyles } from './product-cards.styles.js';
import { commerceMessages } from '../messages/index.js';
import { fullCard } from './card-view.js';
import type { CardAsker } from './card-asker.js';
import { safeUrl } from './safe-url.js';
import { askSheet, compactCard, detailsSheet, sheet, type SheetKind } from './sheet.js';

const LOAD_MESSAGES: Record<LoadProblem, MessageKey> = {
  unavailable: 'commerce.productsUnavailable',
  unreadable: 'commerce.productsUnreadable',
  'too-large': 'commerce.productsTooLarge',
};
const MAX_LOOKED_UP = 200;

/**
 * The shopping overlay of a show: a compact card of the product being presented (with "Seen in natural light" and
 * a buy button), an expandable list of every product of the show, and a cart button. The player mounts it over the
 * video; it also works on its own (`for="player-id"`, or its own `products` / `products-src`).
 *
 * @event shoplive-product-view - A product was shown in the card (`presented`: because the seller presents it). {ProductViewDetail}
 * @event shoplive-product-click - The shopper opened a product (title link, list); cancelable, to keep the card from opening `url`. {ProductClickDetail}
 * @event shoplive-checkout - The cart button was pressed; cancelable (Shopify mode: goes to the cart). {CheckoutDetail}
 * @event shoplive-error - Non-fatal: the product data was unusable or failed to load, or the stream presented an unknown product. {CommerceErrorDetail}
 *
 * @csspart base - The wrapper.
 * @csspart card - The compact card of the presented product.
 * @csspart image - The studio image.
 * @csspart natural-image - The same product seen in daylight.
 * @csspart title - The product title (a link when the product has a safe URL).
 * @csspart price - The price.
 * @csspart badge - "On stream now".
 * @csspart natural-light-button - The "Seen in natural light" toggle.
 * @csspart buy-button - The `<shoplive-buy-button>` in the card.
 * @csspart buy-button-button - The add-to-cart button inside it (its `button` part).
 * @csspart sizes - The buy button's size chips (re-exported).
 * @csspart size - One size chip of the buy button (re-exported).
 * @csspart status - The buy button's status line (re-exported).
 * @csspart list-button - Shows / hides the list.
 * @csspart list - The list of the show's products.
 * @csspart list-item - One entry of the list.
 * @csspart cart-button - The cart button.
 * @csspart compact-card - The card of a narrow or short player (under 480 x 400 px).
 * @csspart compact-list-button - Its thumbnail, opening the product list (when the show has several products).
 * @csspart compact-title - Its title (two lines at most).
 * @csspart compact-buy-button - Its one "Buy", opening the sheet with sizes and Add to cart.
 * @csspart sheet - The head of the bottom sheet over the video (a narrow player's "Buy" and product list).
 * @csspart sheet-close-button - Closes the sheet.
 * @csspart details-button - "Details": opens the honest-display sheet (`<shoplive-product-details>`, loaded then).
 * @csspart details - The `<shoplive-product-details>` in the sheet, the card's buy button in its `actions` slot.
 * @csspart ask-button - "Ask": opens the assistant's question box about the card's product in the sheet (with `asker`).
 * @csspart ask - The question box in the sheet (`<shoplive-assistant>`, drawn by the player's assistant feature).
 * @csspart good-to-know - The seller's known imperfections and honest notes, before the buy button.
 * @csspart loading - "Loading products…" while the show's products file is on its way.
 * @csspart load-error - Why the products file gave no products.
 * @csspart retry-button - "Try again" after the products file failed.
 *
 * @cssproperty --shoplive-accent - "On stream now" and the pressed natural-light toggle.
 * @cssproperty --shoplive-on-accent - Text on the accent.
 * @cssproperty --shoplive-focus-ring - Focus outline colour (white over video, the accent on a page).
 * @cssproperty --shoplive-radius - Corner radius shared by every element (the card's falls back to it).
 * @cssproperty --shoplive-font - Font shorthand of the cards.
 * @cssproperty --shoplive-sheet-background - The bottom sheet over a narrow player; 94 % near-black.
 * @cssproperty --shoplive-buy-background - The compact card's "Buy" (the accent). Its label: --shoplive-buy-color.
 * @cssproperty --shoplive-buy-color - The compact card's "Buy" label (--shoplive-on-accent).
 * @cssproperty --shoplive-card-background - Card background (translucent black over video, white on a page).
 * @cssproperty --shoplive-card-color - Card text colour.
 * @cssproperty --shoplive-card-radius - Corner radius.
 * @cssproperty --shoplive-cards-width - Overlay width (min(300px, 46%)).
 * @cssproperty --shoplive-cards-top - Overlay distance from the top (12px).
 * @cssproperty --shoplive-cards-end - Overlay distance from the end edge, right in left-to-right text (12px).
 * @cssproperty --shoplive-cards-bottom-gap - Space the overlay keeps free above the bottom for captions and controls (72px).
 * @cssproperty --shoplive-buy-error-color - Error text of the card's buy button (light over video, dark on a page).
 */
export class ShopliveProductCards extends ShopliveElement {
  static override styles = productCardsStyles;

  static override properties = {
    owner: { attribute: false },
    products: { attribute: false },
    productsSrc: { attribute: 'products-src', reflect: true },
    for: { reflect: true },
    overlay: { type: Boolean, reflect: true },
    expanded: { state: true },
    natural: { state: true },
    pinned: { state: true },
    picked: { state: true },
    sheet: { reflect: true },
    asker: { attribute: false },
  };

  /** The show this overlay belongs to (the player that mounts it). Default: `for`'s player, the enclosing player, or itself. */
  declare owner: object | undefined;
  /** Standalone use: the products of the show. */
  declare products: unknown;
  declare productsSrc: string;
  /** Id of the player whose show to display. */
  declare for: string;
  /** Positioned over a player's video. */
  declare overlay: boolean;
  declare protected expanded: boolean;
  /** The variant the card's buy button has chosen (its price is the one shown), or null before a pick. */
  declare protected picked: VariantChangeDetail | null;
  declare protected natural: boolean;
  /** A product the shopper picked from the list; the stream's next product replaces it. */
  declare protected pinned: string | null;
  /** Read-only, reflected: the bottom sheet open (`buy` or `list` over a narrow player, `details` or `ask` from any card), else null. */
  declare sheet: SheetKind | null;
  /** The show's assistant (set by the player's assistant feature): with it, each card has "Ask". */
  declare asker: CardAsker | null;
  private sheetOpener: HTMLElement | null = null;
  /** The product the Ask sheet is about: it stays the subject when the seller moves on while the shopper asks. */
  private askedId: string | null = null;

  private readonly i18n = new LocaleController(this, [commerceMessages]);
  private viewed: string | null = null;
  private loadAbort?: AbortController;
  private lookedUp = new Set<string>();

  constructor() {
    super();
    this.productsSrc = '';
    this.for = '';
    this.overlay = false;
    this.expanded = false;
    this.natural = false;
    this.pinned = null;
    this.picked = null;
    // From the buy buttons in this card (its own shadow root; the event is composed).
    this.addEventListener(COMMERCE_EVENTS.variantChange, (event) => (this.picked = event.detail));
    this.sheet = null;
    this.asker = null;
    // Re-renders on every store change: any product of the show, or which one is presented.
    new ProductController(this, { changed: (change) => this.onStoreChange(change) });
  }

  /** The key of the show in the product store. */
  get show(): object {
    if (this.owner) return this.owner;
    if (this.for) return elementById(this, this.for) ?? this;
    return playerOf(this) ?? this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (commerceMode(this) === 'shopify') void this.readShopifyShow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  private onStoreChange(change: StoreChange): void {
    // The seller moved on (to a product of this show): the shopper's pick gives way.
    if (change.type === 'presented' && change.owner === this.show && change.id !== null && this.inShow(change.id)) this.pinned = null;
  }

  private inShow(id: string): boolean {
    return productStore.showIds(this.show).includes(id);
  }

  private async readShopifyShow(): Promise<void> {
    const show = this.show;
    if (productStore.showIds(show).length) return;
    const { readLiquidProducts } = await import('../shopify.js');
    const products = readLiquidProducts();
    if (products.length && !productStore.showIds(show).length) productStore.setShow(show, products.map((product) => product.id));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const standalone = this.show === this;
    if (changed.has('products') && this.products !== undefined && this.products !== null && standalone) setShowProducts(this, this.products);
    if (changed.has('productsSrc') && this.productsSrc && standalone) {
      this.loadAbort?.abort();
      this.loadAbort = new AbortController();
      void loadShowProducts(this, this.productsSrc, this.loadAbort.signal);
    }
  }

  /** The presented product, when it is one of this show's: a cue naming any other id shows nothing. */
  private get presentedId(): string | null {
    const id = productStore.presented(this.show);
    return id !== null && this.inShow(id) ? id : null;
  }

  private get shownProduct(): Product | null {
    const ids = productStore.showIds(this.show);
    const id = this.pinned ?? this.presentedId ?? ids[0] ?? null;
    return id === null ? null : (productStore.get(id, this.show) ?? null);
  }

  private get listed(): Product[] {
    return productStore.showIds(this.show).map((id) => productStore.get(id, this.show)).filter((product): product is Product => !!product);
  }

  /**
   * A presented id that is not in the show: in Shopify mode the shop is asked for it (at a bounded rate) and it
   * joins the show; otherwise it is ignored, with one warning per id.
   */
  private lookUpPresented(): void {
    const show = this.show;
    const id = productStore.presented(show);
    // Bounded: a stream naming endless made-up ids costs a fixed amount of memory and console lines.
    if (id === null || this.inShow(id) || this.lookedUp.has(id) || this.lookedUp.size >= MAX_LOOKED_UP) return;
    if (commerceMode(this) === 'shopify') {
      this.lookedUp.add(id);
      void import('../shopify.js').then(async (shopify) => {
        const product = await shopify.lookUpPresented(id);
        if (product) productStore.addToShow(show, product);
      });
    } else if (productStore.showIds(show).length) {
      // Before the show's products arrive there is nothing to compare with: the id may well be one of them.
      this.lookedUp.add(id);
      reportError(this, { code: 'product-refused', message: `the stream presented "${cleanText(id, 80)}", which is not a product of this show; ignored.` });
    }
  }

  private openSheet(kind: SheetKind, opener: HTMLElement): void {
    // From one sheet to another (Buy -> Details): focus still goes back to what opened the first.
    if (!this.sheet) this.sheetOpener = opener;
    this.sheet = kind;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part=sheet]')?.focus());
  }

  /** The honest-display sheet, loaded on first use (the details element is its own capability). */
  private openDetails(opener: HTMLElement): void {
    void import('../../details/product-details.js').catch((error: unknown) => log.warn(`the product details could not be loaded (${describeError(error)}).`));
    this.openSheet('details', opener);
  }

  private openAsk(product: Product, opener: HTMLElement): void {
    this.askedId = product.id;
    this.openSheet('ask', opener);
  }

  private readonly closeSheet = () => {
    this.sheet = null;
    const opener = this.sheetOpener;
    this.sheetOpener = null;
    void this.updateComplete.then(() => opener?.isConnected && opener.focus());
  };

  protected override updated(): void {
    this.lookUpPresented();
    const presented = this.presentedId;
    const product = this.shownProduct;
    if (product && product.id !== this.viewed) {
      this.viewed = product.id;
      this.natural = false;
      this.send(COMMERCE_EVENTS.productView, { productId: product.id, source: 'card', presented: !this.pinned && product.id === presented });
    }
  }

  /** Emits, and mirrors to a parent frame when embedded (see iframe-bridge.ts). */
  private send<K extends 'shoplive-product-view' | 'shoplive-product-click' | 'shoplive-checkout'>(
    name: K,
    detail: ShopliveEventDetails[K],
    cancelable = false,
  ): CustomEvent {
    const event = this.emit(name, detail, { cancelable });
    iframeBridge().mirror(this, name, detail as object);
    return event;
  }

  private readonly onTitleClick = (event: MouseEvent, product: Product, url: string) => {
    if (this.send(COMMERCE_EVENTS.productClick, { productId: product.id, source: 'card', url }, true).defaultPrevented) event.preventDefault();
  };

  private pick(product: Product): void {
    this.pinned = product.id;
    if (this.sheet) this.closeSheet();
    this.send(COMMERCE_EVENTS.productClick, { productId: product.id, source: 'list', url: safeUrl(product.url) });
  }

  private readonly onCheckout = async () => {
    const event = this.send(COMMERCE_EVENTS.checkout, { source: 'cards' }, true);
    if (event.defaultPrevented || commerceMode(this) !== 'shopify') return;
    const { shopUrl } = await import('../shopify.js');
    const cart = shopUrl('cart');
    if (cart) location.assign(cart.href);
  };

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  protected override render() {
    const product = this.shownProduct;
    const listed = this.listed;
    const load = productStore.load(this.show);
    if (!product && !listed.length && !load) return nothing;
    const about = this.sheetProduct(product);
    return html`
      <section
        part="base"
        class="base"
        role=${this.sheet ? 'dialog' : nothing}
        aria-label=${this.sheetLabel(about)}
        lang=${this.i18n.locale}
        dir=${this.i18n.dir}
      >
        ${load ? this.renderLoad(load) : nothing}
        ${this.sheet ? this.renderSheet(about) : nothing}
        ${product ? this.renderCompact(product, listed.length) : nothing}
        ${product ? this.renderCard(product) : nothing}
        ${product || listed.length ? this.renderBar(listed) : nothing}
        ${(this.expanded || this.sheet === 'list') && listed.length > 1 ? this.renderList(listed, product) : nothing}
      </section>
    `;
  }

  /** The products file on its way, or why it gave nothing, with a way to ask again. */
  private renderLoad(load: ShowLoad) {
    if (load.state === 'loading') {
      return html`<p part="loading" class="load" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('commerce.loadingProducts')}</p>`;
    }
    return html`<div part="load-error" class="load" role="alert">
      <p>${this.t(LOAD_MESSAGES[load.problem])}</p>
      <button part="retry-button" type="button" @click=${load.retry}>${this.t('commerce.retry')}</button>
    </div>`;
  }

  private renderBar(listed: Product[]) {
    return html`
      <div class="bar">
        ${listed.length > 1
          ? html`<button part="list-button" type="button" aria-expanded=${String(this.expanded)} aria-controls="list" @click=${() => (this.expanded = !this.expanded)}>
              ${this.expanded ? this.t('commerce.hideProducts') : this.t('commerce.allProducts', { count: this.i18n.formatNumber(listed.length) })}
            </button>`
          : nothing}
        <button part="cart-button" type="button" @click=${this.onCheckout}>${this.t('commerce.cart')}</button>
      </div>
    `;
  }

  private renderCard(product: Product) {
    return fullCard({
      t: (key, params) => this.t(key, params),
      locale: this.i18n.locale,
      product,
      url: safeUrl(product.url),
      image: safeUrl(product.image),
      naturalImage: safeUrl(product.naturalLightImage),
      natural: this.natural,
      presented: !this.pinned && product.id === this.presentedId,
      price: this.shownPrice(product),
      show: this.show,
      toggleNatural: () => (this.natural = !this.natural),
      titleClick: (event, url) => this.onTitleClick(event, product, url),
      openDetails: (opener) => this.openDetails(opener),
      ask: this.asker ? (opener) => this.openAsk(product, opener) : null,
    });
  }

  /** The price range before a pick, the picked variant's own price after one (its buy button tells which). */
  private shownPrice(product: Product): string {
    const picked = this.picked?.productId === product.id ? product.variants.find((variant) => variant.id === this.picked?.variantId) : undefined;
    return priceText(this.i18n, product, picked ?? null);
  }

  private renderCompact(product: Product, count: number) {
    return compactCard({
      t: (key, params) => this.t(key, params),
      product,
      image: safeUrl(product.image),
      price: this.shownPrice(product),
      presented: !this.pinned && product.id === this.presentedId,
      count: count > 1 ? this.i18n.formatNumber(count) : null,
      open: (kind, opener) => this.openSheet(kind, opener),
    });
  }

  /** What the sheet is about: the product asked about in the Ask sheet, else the card's. */
  private sheetProduct(shown: Product | null): Product | null {
    return this.sheet === 'ask' ? (this.askedId !== null && productStore.get(this.askedId, this.show)) || null : shown;
  }

  private renderSheet(product: Product | null) {
    return sheet({
      label: this.sheetLabel(product),
      closeLabel: this.t('commerce.closeSheet'),
      close: this.closeSheet,
      // The card and the list stay the elements they are (shown in the sheet by its styles): nothing is made anew in
      // it, which also keeps them working in the whole-player picture-in-picture window. Only the details (the card's
      // buy button after their "Good to know") and the assistant's question box are the sheet's own.
      body: product && this.sheet === 'details'
        ? detailsSheet(product, this.show, this.shopperLang)
        : product && this.sheet === 'ask' && this.asker ? askSheet(this.asker, { productId: product.id, show: this.show, lang: this.shopperLang }) : nothing,
    });
  }

  /**
   * The shopper's language as the host gave it (`en-GB`, not the catalog's `en`: units and plugs follow the region):
   * the player's own `lang` when the cards are its overlay, else the nearest one.
   */
  private get shopperLang(): string {
    const show = this.show;
    return (show instanceof Element && show !== this ? inheritedLang(show) : '') || inheritedLang(this) || this.i18n.locale;
  }

  private sheetLabel(product: Product | null): string {
    if (product && this.sheet === 'ask') return this.t('commerce.askAbout', { title: product.title });
    if (product && this.sheet === 'buy') return this.t('commerce.buyProduct', { title: product.title });
    if (product && this.sheet === 'details') return this.t('commerce.detailsOf', { title: product.title });
    return this.t('commerce.products');
  }

  private renderList(listed: Product[], shown: Product | null) {
    return html`<ul id="list" part="list" class="list">
      ${listed.map((product) => {
        const image = safeUrl(product.image);
        return html`<li>
          <button part="list-item" class="item" type="button" aria-current=${String(product.id === shown?.id)} data-product=${product.id} @click=${() => this.pick(product)}>
            ${image ? html`<img src=${image} alt="" />` : html`<span></span>`}
            <span>${product.title}</span>
            <span>${this.i18n.formatPrice(product.price, product.currency)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }
}
