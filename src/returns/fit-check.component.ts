import { html, nothing, type PropertyValues } from 'lit';
import { reportError } from '../commerce/events.js';
import { sizesOf, SIZE_KEY } from '../commerce/product.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { ShopliveElement } from '../internal/shoplive-element.js';
import { cleanText } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';
import { returnsMessages } from './messages/index.js';
import type { FeedbackDetail } from './feedback-event.js';
import { fitCheckStyles } from './fit-check.styles.js';
import { questionsView, resultView, type FitCheckViewModel } from './fit-check-view.js';
import { fixesFor, type Fix, type SizeBelief } from './fixes.js';
import { loadOrderProduct } from './load-order-product.js';
import type { OrderProduct } from './order-product.js';
import { checkedAnswers, QUESTIONS, reasonOf } from './questions.js';
import type { FeedbackReason } from './reasons.js';
import { sizeBelief } from './size-belief.js';

/** Characters of the shopper's optional note. */
export const NOTE_LIMIT = 1000;

type Phase = 'loading' | 'asking' | 'done' | 'unavailable';

/**
 * `<shoplive-fit-check>`: the post-purchase check for an order-status page or the link in a delivery email. Asks how
 * the item turned out in the shopper's language (questions per product category), offers a fix before the return
 * path (another size from the size engine, the seller's care or setup tip, the seller's contact), and tells the host
 * through events. It stores nothing and sends nothing itself.
 *
 * @event shoplive-feedback - The shopper pressed Send: their answers and the one reason they point to. {FeedbackDetail}
 * @event shoplive-fix-chosen - The shopper took an offered fix (exchange, contact, return). {FixChosenDetail}
 * @event shoplive-error - The product data could not be loaded or used. {CommerceErrorDetail}
 * @csspart base - The check's box.
 * @csspart question - One question (a fieldset).
 * @csspart choice - One answer chip.
 * @csspart note - The optional note.
 * @csspart send-button - The Send button.
 * @csspart thanks - The thank-you line after Send.
 * @csspart advice - Safety advice for a skin reaction or damage.
 * @csspart tip - The seller's care or setup tip.
 * @csspart exchange-button - The offered size exchange.
 * @csspart contact-link - The seller's contact.
 * @csspart return-link - The host's return path.
 * @csspart status - Messages read out to screen readers.
 * @cssproperty --shoplive-accent - Chosen answers and the main button.
 * @cssproperty --shoplive-on-accent - Text on the accent.
 * @cssproperty --shoplive-font - Font shorthand.
 * @cssproperty --shoplive-radius - Corner radius.
 * @cssproperty --shoplive-focus-ring - Focus outline colour.
 * @cssproperty --shoplive-fit-check-text-color - Text colour.
 * @cssproperty --shoplive-fit-check-background - Background of the box.
 * @cssproperty --shoplive-fit-check-border-color - Border of the box and of the per-area group.
 * @cssproperty --shoplive-fit-check-padding - Padding of the box.
 * @cssproperty --shoplive-fit-check-tip-background - Background of tips and advice.
 */
export class ShopliveFitCheck extends ShopliveElement {
  static override styles = fitCheckStyles;

  static override properties = {
    orderId: { attribute: 'order-id', reflect: true },
    productId: { attribute: 'product-id', reflect: true },
    variantId: { attribute: 'variant-id', reflect: true },
    category: { reflect: true },
    returnUrl: { attribute: 'return-url', reflect: true },
    productSrc: { attribute: 'product-src', reflect: true },
    product: { attribute: false },
    phase: { reflect: true },
    answers: { state: true },
    status: { state: true },
    order: { state: true },
    reason: { state: true },
    fixes: { state: true },
    chosen: { state: true },
  };

  declare orderId: string;
  declare productId: string;
  /** The variant bought: its size is the one the fit answers are about. */
  declare variantId: string;
  /** `apparel | beauty | electronics | home | other`; default: the product data's `category`. */
  declare category: string;
  /** The host's return path (http(s)): offered last. */
  declare returnUrl: string;
  /** URL of the product's JSON (the same format as `products`, one product). */
  declare productSrc: string;
  /** The product itself (wins over `product-src`). */
  declare product: unknown;
  /** Read-only: `loading`, `asking`, `done` or `unavailable`. Reflected for styling. */
  declare phase: Phase;
  declare protected answers: Record<string, string>;
  declare protected status: string;
  declare protected order: OrderProduct | null;
  declare protected reason: FeedbackReason | null;
  declare protected fixes: readonly Fix[];
  declare protected chosen: Fix['type'] | null;

  private readonly i18n = new LocaleController(this, [returnsMessages]);
  private loading?: AbortController;
  private note = '';

  constructor() {
    super();
    this.orderId = this.productId = this.variantId = this.category = this.returnUrl = this.productSrc = '';
    this.phase = 'loading';
    this.answers = {};
    this.status = '';
    this.order = null;
    this.reason = null;
    this.fixes = [];
    this.chosen = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loading = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal that cut a load short.
    if (this.hasUpdated && !this.loading && this.phase === 'loading') this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = ['product', 'productSrc', 'productId', 'category'] as const;
    if (!this.hasUpdated || source.some((key) => changed.has(key))) this.load();
  }

  private load(): void {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.phase = 'loading';
    this.answers = {};
    this.reason = null;
    this.fixes = [];
    this.chosen = null;
    void loadOrderProduct(this, controller.signal).then((loaded) => {
      if (controller.signal.aborted) return;
      if (!loaded.ok) {
        this.order = null;
        this.phase = 'unavailable';
        reportError(this, { code: loaded.code, message: loaded.message });
        return;
      }
      this.order = loaded.value;
      this.phase = 'asking';
    });
  }

  /** What the views may read, made per render. */
  private viewModel(): FitCheckViewModel {
    const i18n = this.i18n;
    return {
      category: this.order?.category ?? 'other',
      answers: this.answers,
      locale: i18n.locale,
      t: (key, params) => i18n.t(key, params),
      percent: (value) => i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }),
      languageName: (tag) => {
        try {
          return new Intl.DisplayNames(i18n.locale, { type: 'language' }).of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
    };
  }

  private readonly answer = (id: string, value: string) => {
    this.answers = { ...this.answers, [id]: value };
    this.status = '';
  };

  private purchasedSize(order: OrderProduct): string | null {
    return order.product.variants.find((variant) => variant.id === this.variantId)?.options[SIZE_KEY] ?? null;
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const order = this.order;
    if (this.phase !== 'asking' || !order) return;
    const category = order.category;
    const answers = checkedAnswers(category, this.answers);
    if (answers[QUESTIONS[category][0]!.id] === undefined) {
      this.status = this.i18n.t('returns.chooseFirst');
      return;
    }
    // One Send, one event: the phase changes before anything can wait.
    this.phase = 'done';
    const reason = reasonOf(category, answers);
    const note = cleanText(this.note, NOTE_LIMIT).trim();
    const detail: FeedbackDetail = {
      orderId: this.orderId,
      productId: this.productId || order.product.id,
      variantId: this.variantId,
      category,
      answers,
      reason,
      ...(note ? { note } : {}),
    };
    this.reason = reason;
    this.emit('shoplive-feedback', detail);
    const purchasedSize = this.purchasedSize(order);
    let belief: SizeBelief | undefined;
    if ((reason === 'too-small' || reason === 'too-large') && order.product.sizeChart) belief = await sizeBelief(order.product.sizeChart);
    this.fixes = fixesFor(reason, {
      sizes: sizesOf(order.product),
      purchasedSize,
      ...(belief ? { belief } : {}),
      hasCareTip: Boolean(order.care),
      hasSetupTip: Boolean(order.setup),
      hasContact: Boolean(order.contactUrl),
      hasReturn: this.checkedReturnUrl() !== undefined,
    });
  }

  private checkedReturnUrl(): string | undefined {
    if (!this.returnUrl) return undefined;
    const checked = checkUrl(this.returnUrl);
    return checked.ok ? checked.url.href : undefined;
  }

  private choose(fix: Fix): void {
    const order = this.order;
    if (!order || this.chosen === fix.type || (this.chosen !== null && fix.type === 'exchange')) return;
    this.chosen = fix.type;
    const toVariant = fix.type === 'exchange' ? order.product.variants.find((variant) => variant.options[SIZE_KEY] === fix.size && variant.available) : undefined;
    this.emit('shoplive-fix-chosen', {
      orderId: this.orderId,
      productId: this.productId || order.product.id,
      variantId: this.variantId,
      reason: this.reason ?? 'as-expected',
      fix: fix.type,
      ...(fix.type === 'exchange' ? { size: fix.size } : {}),
      ...(toVariant ? { toVariantId: toVariant.id } : {}),
    });
    if (fix.type === 'exchange') this.status = this.i18n.t('returns.passedOn');
  }

  protected override render() {
    const order = this.order;
    const title = order ? this.i18n.t('returns.titleProduct', { product: order.product.title }) : this.i18n.t('returns.title');
    return html`<section class="base" part="base" lang=${this.i18n.locale} dir=${this.i18n.dir} aria-label=${title}>
      <h2><bdi>${title}</bdi></h2>
      ${this.phase === 'loading' ? html`<p role="status">${this.i18n.t('returns.loading')}</p>` : nothing}
      ${this.phase === 'unavailable' ? html`<p role="status">${this.i18n.t('returns.unavailable')}</p>` : nothing}
      ${this.phase === 'asking' ? this.renderForm() : nothing}
      ${this.phase === 'done' && this.reason
        ? resultView(this.viewModel(), this.reason, this.fixes, {
            ...(order?.care ? { care: order.care } : {}),
            ...(order?.setup ? { setup: order.setup } : {}),
            ...(order?.contactUrl ? { contactUrl: order.contactUrl } : {}),
            ...(this.checkedReturnUrl() ? { returnUrl: this.checkedReturnUrl()! } : {}),
            chosen: this.chosen,
            choose: (fix) => this.choose(fix),
          })
        : nothing}
      <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>
    </section>`;
  }

  private renderForm() {
    return html`<form @submit=${(event: Event) => void this.send(event)} novalidate>
      <p class="privacy">${this.i18n.t('returns.privacy')}</p>
      ${questionsView(this.viewModel(), this.answer)}
      <label>
        ${this.i18n.t('returns.note')}
        <textarea part="note" maxlength=${NOTE_LIMIT} @input=${(event: Event) => (this.note = (event.target as HTMLTextAreaElement).value)}></textarea>
      </label>
      <button class="primary" part="send-button" type="submit">${this.i18n.t('returns.send')}</button>
    </form>`;
  }
}
