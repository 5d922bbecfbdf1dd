import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../commerce/localized-text.js';
import type { DetailsViewModel } from './view-model.js';

/** Seller text, isolated and tagged with its language; labelled when it is not in the shopper's. */
export function sellerText(model: DetailsViewModel, text: LocalizedText): TemplateResult {
  const picked = model.pick(text);
  return html`<bdi lang=${picked.lang || nothing}>${picked.text}</bdi>${picked.foreignLanguage
    ? html` <span class="language">(${model.t('details.inLanguage', { language: picked.foreignLanguage })})</span>`
    : nothing}`;
}
