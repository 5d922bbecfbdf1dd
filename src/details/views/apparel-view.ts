import { html, nothing, type TemplateResult } from 'lit';
import { sameSize } from '../../commerce/product.js';
import { GARMENT_MEASURES, type ProductDetails } from '../details-data.js';
import type { DetailsViewModel } from './view-model.js';

/** The garment's own measurements per size, in the shopper's units, the model's size, the recommendation marked. */
export function apparelView(model: DetailsViewModel, details: ProductDetails): TemplateResult | typeof nothing {
  const garment = details.garment;
  if (!garment?.sizes.length) return nothing;
  const measures = GARMENT_MEASURES.filter((measure) => garment.sizes.some((size) => size.cm[measure] !== undefined));
  const person = garment.model;
  return html`<section part="measurements" aria-labelledby="measurements">
    <h3 id="measurements">${model.t('details.measurements')}</h3>
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${model.t('details.size')}</th>
            ${measures.map((measure) => html`<th scope="col">${model.t(`details.m.${measure}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${garment.sizes.map((size) => {
            const recommended = model.recommendedSize !== null && sameSize(size.label, model.recommendedSize);
            return html`<tr class=${recommended ? 'recommended' : ''} part=${recommended ? 'size-row recommended-row' : 'size-row'} aria-current=${recommended ? 'true' : nothing}>
              <th scope="row"><bdi>${size.label}</bdi>${recommended ? html`<span class="badge">${model.t('details.recommended')}</span>` : nothing}</th>
              ${measures.map((measure) => html`<td>${size.cm[measure] === undefined ? '–' : model.length(size.cm[measure]!)}</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${person
      ? html`<p part="model-info">
          ${person.weightKg
            ? model.t('details.model', { height: model.length(person.heightCm), weight: model.weight(person.weightKg), size: person.size })
            : model.t('details.modelNoWeight', { height: model.length(person.heightCm), size: person.size })}
        </p>`
      : nothing}
  </section>`;
}
