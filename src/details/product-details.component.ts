import { html, nothing, type PropertyValues } from 'lit';
import { pickText } from '../commerce/localized-text.js';
import { reportError } from '../commerce/events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { MessageKey } from '../i18n/en.js';
import { EVENTS } from '../internal/events.js';
import { ShopliveElement } from '../internal/shoplive-element.js';
import { shopperLocale } from '../size/widget/locale.js';
import type { ProductDetails } from './details-data.js';
import { loadDetails } from './load-details.js';
import { detailsMessages } from './messages/index.js';
import { countryOf } from './power.js';
import { productDetailsStyles } from './product-details.styles.js';
import { apparelView } from './views/apparel-view.js';
import { beautyView } from './views/beauty-view.js';
import { electronicsView } from './views/electronics-view.js';
import { homeView } from './views/home-view.js';
import { photosView } from './views/photos-view.js';
import { sellerText } from './views/text-view.js';
import type { DetailsViewModel } from './views/view-model.js';

/** Countries that measure garments and furniture in inches and pounds. */
const IMPERIAL = new Set(['US', 'LR', 'MM', 'PR']);

/**
 * `<shoplive-product-details>`: the honest product sheet. Studio and natural-light photos compared, the seller's
 * "good to know" before any Add to cart (the `actions` slot comes after it), and what each category needs: garment
 * measurements with the size helper's pick marked (apparel), shades and ingredients with the shopper's own allergens
 * marked, kept in memory only (beauty), power compatibility for the shopper's country (electronics), dimensions drawn
 * to scale (home).
 *
 * @slot actions - Where the host puts its buy button: after "good to know".
 * @event shoplive-error - The product data could not be loaded or used. {CommerceErrorDetail}
 * @csspart base - The sheet.
 * @csspart photos - The photo comparison. Also `studio-image`, `natural-image`, `photo-slider`.
 * @csspart studio-image - The studio photo.
 * @csspart natural-image - The natural-light photo.
 * @csspart photo-slider - The phone slider between the two photos.
 * @csspart good-to-know - The seller's honest notes.
 * @csspart measurements - The garment measurement table.
 * @csspart size-row - One size's row; the recommended one also has `recommended-row`.
 * @csspart recommended-row - The size helper's recommendation.
 * @csspart model-info - The model's height, weight and size.
 * @csspart shades - The shade list. Also `shade`, `swatch`, `seller-shade`.
 * @csspart shade - One shade.
 * @csspart swatch - Its colour.
 * @csspart seller-shade - The "worn on stream" badge.
 * @csspart ingredients - The ingredient list.
 * @csspart flagged-ingredient - An ingredient the shopper avoids.
 * @csspart avoid-result - The sentence saying what was found.
 * @csspart power - Power compatibility for the shopper's country.
 * @csspart in-the-box - What is in the box.
 * @csspart warranty - The warranty terms.
 * @csspart unboxing-link - The link to the replay's unboxing moment.
 * @csspart dimensions - Dimensions and the scale drawing.
 * @csspart scale-drawing - The drawing. Also `scale-product`, `scale-reference`.
 * @csspart scale-product - The product's outline.
 * @csspart scale-reference - The familiar object's outline.
 * @csspart weight - The weight.
 * @csspart material - The material.
 * @csspart textures - The close-ups.
 * @cssproperty --shoplive-accent - Badges, the product in the drawing, the note rule.
 * @cssproperty --shoplive-on-accent - Text on the accent.
 * @cssproperty --shoplive-font - Font shorthand.
 * @cssproperty --shoplive-radius - Corner radius.
 * @cssproperty --shoplive-focus-ring - Focus outline colour.
 * @cssproperty --shoplive-details-text-color - Text colour.
 * @cssproperty --shoplive-details-muted-color - Captions and secondary text.
 * @cssproperty --shoplive-details-note-background - Behind "good to know".
 * @cssproperty --shoplive-details-border-color - Table rules.
 * @cssproperty --shoplive-details-highlight-background - The recommended size's row.
 * @cssproperty --shoplive-details-flag-background - Marked ingredients.
 * @cssproperty --shoplive-details-ok-color - Rule of a compatible power verdict.
 * @cssproperty --shoplive-details-warning-color - Rule of an incompatible one.
 */
export class ShopliveProductDetails extends ShopliveElement {
  static override styles = productDetailsStyles;

  static override properties = {
    productId: { attribute: 'product-id', reflect: true },
    productSrc: { attribute: 'product-src', reflect: true },
    country: { reflect: true },
    recommendedSize: { attribute: 'recommended-size', reflect: true },
    product: { attribute: false },
    phase: { reflect: true },
    details: { state: true },
    failed: { state: true },
    avoided: { state: true },
    split: { state: true },
  };

  declare productId: string;
  /** URL of the product's JSON (one product, with the honest-display fields of docs/returns.md). */
  declare productSrc: string;
  /** The shopper's country (ISO 3166 alpha-2) for power and units; default: the region of their locale. */
  declare country: string;
  /** The size to mark in the measurement table; also taken from `shoplive-size-recommended` for this product. */
  declare recommendedSize: string;
  /** The product itself (wins over `product-src`). */
  declare product: unknown;
  /** Read-only: `loading`, `ready` or `unavailable`. Reflected for styling. */
  declare phase: 'loading' | 'ready' | 'unavailable';
  declare protected details: ProductDetails | null;
  declare protected failed: boolean;
  /** The allergens the shopper avoids: memory only, never stored or sent. */
  declare protected avoided: ReadonlySet<string>;
  declare protected split: number;

  private readonly i18n = new LocaleController(this, [detailsMessages]);
  private loading?: AbortController;

  constructor() {
    super();
    this.productId = this.productSrc = this.country = this.recommendedSize = '';
    this.details = null;
    this.failed = false;
    this.phase = 'loading';
    this.avoided = new Set();
    this.split = 50;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(EVENTS.sizeRecommended, this.onRecommended);
    if (this.hasUpdated && !this.details && !this.failed) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(EVENTS.sizeRecommended, this.onRecommended);
    this.loading?.abort();
    this.loading = undefined;
  }

  private readonly onRecommended = (event: Event) => {
    const detail = (event as CustomEvent<{ productId?: unknown; label?: unknown }>).detail;
    const id = this.productId || this.details?.product.id;
    if (detail && detail.productId === id && typeof detail.label === 'string') this.recommendedSize = detail.label;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('product') || changed.has('productSrc') || changed.has('productId')) this.load();
  }

  protected override updated(): void {
    this.renderRoot.querySelector<HTMLElement>('.slider')?.style.setProperty('--_split', `${this.split}%`);
  }

  private load(): void {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.failed = false;
    this.phase = 'loading';
    void loadDetails(this, controller.signal).then((loaded) => {
      if (controller.signal.aborted) return;
      this.details = loaded.ok ? loaded.value : null;
      this.failed = !loaded.ok;
      this.phase = loaded.ok ? 'ready' : 'unavailable';
      if (!loaded.ok) reportError(this, { code: loaded.code, message: loaded.message });
    });
  }

  private viewModel(): DetailsViewModel {
    const i18n = this.i18n;
    const locale = i18n.locale;
    const country = countryOf(shopperLocale(this), this.country);
    const imperial = country !== null && IMPERIAL.has(country);
    const names = (type: 'language' | 'region', code: string) => {
      try {
        return new Intl.DisplayNames(locale, { type }).of(code) ?? code;
      } catch {
        return code;
      }
    };
    return {
      locale,
      country,
      imperial,
      recommendedSize: this.recommendedSize || null,
      t: (key, params) => i18n.t(key, params),
      length: (cm) => (imperial ? i18n.formatUnit(cm / 2.54, 'inch', 1) : i18n.formatUnit(cm, 'centimeter', cm < 10 ? 1 : 0)),
      weight: (kg) => (imperial ? i18n.formatUnit(kg / 0.45359237, 'pound', 1) : i18n.formatUnit(kg, 'kilogram', kg < 10 ? 1 : 0)),
      regionName: (code) => names('region', code),
      list: (items) => {
        try {
          return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
        } catch {
          return items.join(', ');
        }
      },
      pick: (text) => {
        const picked = pickText(text, locale);
        const foreign = picked.language !== '' && picked.language.split('-')[0]!.toLowerCase() !== locale.split('-')[0]!.toLowerCase();
        return { text: picked.text, lang: picked.language, foreignLanguage: foreign ? names('language', picked.language) : null };
      },
    };
  }

  private readonly toggleAvoid = (allergen: string) => {
    const next = new Set(this.avoided);
    if (next.has(allergen)) next.delete(allergen);
    else next.add(allergen);
    this.avoided = next;
  };

  protected override render() {
    const details = this.details;
    const base = (content: unknown) =>
      html`<article class="base" part="base" lang=${this.i18n.locale} dir=${this.i18n.dir} aria-label=${this.i18n.t('details.title')}>${content}</article>`;
    if (!details) return base(html`<p role="status">${this.i18n.t(this.failed ? 'details.unavailable' : 'details.loading')}</p>`);
    const model = this.viewModel();
    const product = details.product;
    const category =
      details.category === 'apparel'
        ? apparelView(model, details)
        : details.category === 'beauty'
          ? beautyView(model, details, { avoided: this.avoided, toggle: this.toggleAvoid })
          : details.category === 'electronics'
            ? electronicsView(model, details)
            : details.category === 'home'
              ? homeView(model, details)
              : nothing;
    return base(html`<h2><bdi>${product.title}</bdi></h2>
      ${photosView(model, product.title, product.image, product.naturalLightImage, this.split, (value) => (this.split = value))}
      ${details.knownIssues.length
        ? html`<section class="good-to-know" part="good-to-know" aria-labelledby="good-to-know">
            <h3 id="good-to-know">${this.i18n.t('details.goodToKnow' satisfies MessageKey)}</h3>
            <ul>
              ${details.knownIssues.map((note) => html`<li>${sellerText(model, note)}</li>`)}
            </ul>
          </section>`
        : nothing}
      <slot name="actions"></slot>
      ${category}`);
  }
}
