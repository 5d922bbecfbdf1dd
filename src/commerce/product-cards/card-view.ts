import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import { isolate } from '../../internal/text.js';
import { pickText } from '../localized-text.js';
import type { Product } from '../product.js';

export interface CardView {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  locale: string;
  product: Product;
  /** Checked URLs (null: none, or refused). */
  url: string | null;
  image: string | null;
  naturalImage: string | null;
  natural: boolean;
  presented: boolean;
  price: string;
  show: object;
  toggleNatural: () => void;
  titleClick: (event: MouseEvent, url: string) => void;
  openDetails: (opener: HTMLElement) => void;
  /** Opens the assistant's question box about this card's product; null when the show has no assistant. */
  ask: ((opener: HTMLElement) => void) | null;
}

/** The seller's honest notes, in the shopper's language where given, each isolated and tagged with its language. */
export function goodToKnow(t: CardView['t'], locale: string, product: Product): TemplateResult | typeof nothing {
  if (!product.knownIssues?.length) return nothing;
  return html`<section part="good-to-know" class="good-to-know" aria-label=${t('commerce.goodToKnow')}>
    <strong>${t('commerce.goodToKnow')}</strong>
    <ul>
      ${product.knownIssues.map((note) => {
        const picked = pickText(note, locale);
        return html`<li><bdi lang=${picked.language || nothing}>${picked.text}</bdi></li>`;
      })}
    </ul>
  </section>`;
}

/**
 * "Ask", named for its product. It opens a dialog (the sheet), which hides the card while open: the button is never
 * seen expanded, so it says only that it opens one.
 */
function askButton({ t, product }: CardView, ask: (opener: HTMLElement) => void): TemplateResult {
  return html`<button part="ask-button" class="toggle" type="button" aria-haspopup="dialog" aria-label=${t('commerce.askAbout', { title: product.title })} @click=${(event: Event) => ask(event.currentTarget as HTMLElement)}>
    ${t('commerce.ask')}
  </button>`;
}

/**
 * The full card of the presented product: photos (studio, and natural light on demand), title, price, "Details"
 * (the honest-display sheet), "Ask" (the assistant, when the show has one), the seller's "Good to know" and, after
 * them, the buy button.
 */
export function fullCard(view: CardView): TemplateResult {
  const { t, product, image, naturalImage, url } = view;
  const natural = view.natural && !!naturalImage;
  return html`
    <article part="card" class="card ${natural ? 'natural' : ''}" aria-labelledby="card-title">
      ${image || natural
        ? html`<div class="media">
            ${natural
              ? html`<figure>
                    ${image ? html`<img part="image" src=${image} alt=${product.title} />` : nothing}
                    <figcaption>${t('commerce.studioPhoto')}</figcaption>
                  </figure>
                  <figure>
                    <img part="natural-image" src=${naturalImage!} alt=${`${isolate(product.title)} (${t('commerce.naturalLightPhoto')})`} />
                    <figcaption>${t('commerce.naturalLightPhoto')}</figcaption>
                  </figure>`
              : html`<img part="image" src=${image!} alt=${product.title} />`}
          </div>`
        : nothing}
      <div class="info">
        ${view.presented ? html`<span part="badge" class="badge">${t('commerce.onStream')}</span>` : nothing}
        <h3 id="card-title" part="title" class="title">
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer" @click=${(event: MouseEvent) => view.titleClick(event, url)}>${product.title}</a>` : product.title}
        </h3>
        <p part="price" class="price">${view.price}</p>
        <div class="card-actions">
          ${naturalImage
            ? html`<button part="natural-light-button" class="toggle" type="button" aria-pressed=${String(view.natural)} @click=${view.toggleNatural}>${t('commerce.naturalLight')}</button>`
            : nothing}
          <button part="details-button" class="toggle" type="button" aria-haspopup="dialog" aria-label=${t('commerce.detailsOf', { title: product.title })} @click=${(event: Event) => view.openDetails(event.currentTarget as HTMLElement)}>
            ${t('commerce.details')}
          </button>
          ${view.ask ? askButton(view, view.ask) : nothing}
        </div>
        ${goodToKnow(t, view.locale, product)}
        <shoplive-buy-button part="buy-button" exportparts="button: buy-button-button, sizes, size, status" source="card" product-id=${product.id} .owner=${view.show}></shoplive-buy-button>
      </div>
    </article>
  `;
}
