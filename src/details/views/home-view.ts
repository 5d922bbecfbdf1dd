import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ProductDetails } from '../details-data.js';
import { scaleDrawing, type Reference } from '../scale.js';
import { sellerText } from './text-view.js';
import type { DetailsViewModel } from './view-model.js';

function referenceShape(reference: Reference, x: number, perCm: number, box: number) {
  const w = reference.widthCm * perCm;
  const h = reference.heightCm * perCm;
  const y = box - h;
  if (reference.object === 'person') {
    // A head and a body, together 170 cm: the outline shoppers compare furniture to.
    const head = h * 0.13;
    return svg`<g part="scale-reference" data-height-cm=${reference.heightCm}>
      <circle cx=${x + w / 2} cy=${y + head / 2} r=${head / 2}></circle>
      <rect x=${x} y=${y + head} width=${w} height=${h - head} rx=${w / 4}></rect>
    </g>`;
  }
  return svg`<rect part="scale-reference" data-height-cm=${reference.heightCm} x=${x} y=${y} width=${w} height=${h} rx="2"></rect>`;
}

/** Dimensions in the shopper's units, a to-scale drawing beside a familiar object, weight, material, close-ups. */
export function homeView(model: DetailsViewModel, details: ProductDetails): TemplateResult {
  const size = details.dimensions;
  const drawing = size ? scaleDrawing(size.widthCm, size.heightCm) : null;
  const reference = drawing ? model.t(`details.reference.${drawing.reference.object}`) : '';
  return html`${size && drawing
      ? html`<section part="dimensions" aria-labelledby="dimensions">
          <h3 id="dimensions">${model.t('details.dimensions')}</h3>
          <p>
            ${size.depthCm
              ? model.t('details.size3', { width: model.length(size.widthCm), depth: model.length(size.depthCm), height: model.length(size.heightCm) })
              : model.t('details.size2', { width: model.length(size.widthCm), height: model.length(size.heightCm) })}
          </p>
          <figure class="scale">
            <svg part="scale-drawing" viewBox=${`0 0 ${drawing.width} ${drawing.height}`} width=${drawing.width} height=${drawing.height} role="img" aria-label=${model.t('details.toScale', { reference })}>
              <rect part="scale-product" data-height-cm=${size.heightCm} x="0" y=${drawing.height - size.heightCm * drawing.perCm} width=${size.widthCm * drawing.perCm} height=${size.heightCm * drawing.perCm} rx="2"></rect>
              ${referenceShape(drawing.reference, (size.widthCm + 10) * drawing.perCm, drawing.perCm, drawing.height)}
            </svg>
            <figcaption>${model.t('details.toScale', { reference })}</figcaption>
          </figure>
        </section>`
      : nothing}
    ${details.weightKg
      ? html`<p part="weight"><strong>${model.t('details.weight')}:</strong> ${model.weight(details.weightKg)}</p>`
      : nothing}
    ${details.material ? html`<p part="material"><strong>${model.t('details.material')}:</strong> ${sellerText(model, details.material)}</p>` : nothing}
    ${details.textureImages.length
      ? html`<section part="textures" aria-label=${model.t('details.textures')}>
          ${details.textureImages.map((src, index) => html`<img src=${src} alt=${`${model.t('details.textures')} ${index + 1}`} />`)}
        </section>`
      : nothing}`;
}
