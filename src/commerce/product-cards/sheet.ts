import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import type { Product } from '../product.js';
import type { AskSubject, CardAsker } from './card-asker.js';

export type SheetKind = 'buy' | 'list' | 'details' | 'ask';

export interface CompactView {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  product: Product;
  image: string | null;
  price: string;
  presented: boolean;
  /** How many products the show has (the thumbnail opens the list when there are several). */
  count: string | null;
  open: (sheet: SheetKind, opener: HTMLElement) => void;
}

/**
 * The card of a narrow or short player (under 480 x 400 px, a container query decides: product-cards.styles.ts): thumbnail,
 * a title of at most two lines, the price and one "Buy" that opens the sheet with sizes and Add to cart. Sized to
 * cover at most a fifth of a 16:9 video 360 px wide.
 */
export function compactCard(view: CompactView): TemplateResult {
  const { t, product } = view;
  const thumbnail = view.image ? html`<img src=${view.image} alt="" />` : html`<span class="no-image"></span>`;
  return html`<div part="compact-card" class="compact" data-product=${product.id}>
    ${view.presented ? html`<span part="badge" class="badge">${t('commerce.onStream')}</span>` : nothing}
    <div class="compact-row">
    ${view.count
      ? html`<button part="compact-list-button" class="thumb" type="button" aria-label=${t('commerce.allProducts', { count: view.count })} aria-haspopup="dialog" @click=${(event: Event) => view.open('list', event.currentTarget as HTMLElement)}>${thumbnail}</button>`
      : html`<span class="thumb">${thumbnail}</span>`}
    <div class="compact-info">
      <span part="compact-title" class="compact-title">${product.title}</span>
      <span part="price" class="compact-price">${view.price}</span>
    </div>
    <button part="compact-buy-button" class="compact-buy" type="button" aria-haspopup="dialog" aria-label=${t('commerce.buyProduct', { title: product.title })} @click=${(event: Event) => view.open('buy', event.currentTarget as HTMLElement)}>
      ${t('commerce.buy')}
    </button>
    </div>
  </div>`;
}

/** The head of the bottom sheet over the video (not the page); the full card or the list below it is the card's own. */
export function sheet(options: { label: string; closeLabel: string; body: unknown; close: () => void }): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    options.close();
  };
  return html`<div part="sheet" class="sheet" tabindex="-1" @keydown=${onKeydown}>
    <div class="sheet-head">
      <span class="sheet-title">${options.label}</span>
      <button part="sheet-close-button" class="sheet-close" type="button" aria-label=${options.closeLabel} @click=${options.close}>✕</button>
    </div>
    ${options.body}
  </div>`;
}

/**
 * The honest-display sheet of a product (the element loads lazily: it upgrades when its module arrives), reading the
 * product from the store, with the card's buy button in its `actions` slot, after "Good to know".
 */
export function detailsSheet(product: Product, show: object, locale: string): TemplateResult {
  return html`<shoplive-product-details part="details" product-id=${product.id} lang=${locale}>
    <shoplive-buy-button slot="actions" source="card" product-id=${product.id} .owner=${show}></shoplive-buy-button>
  </shoplive-product-details>`;
}

/** The assistant's question box about one product (drawn by the assistant, which the cards do not import). */
export function askSheet(asker: CardAsker, subject: AskSubject): TemplateResult {
  return html`<div part="ask">${asker.panel(subject)}</div>`;
}
