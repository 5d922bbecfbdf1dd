import { html, nothing, svg, type TemplateResult } from 'lit';
import { ALLERGEN_IDS, allergensIn } from '../allergens.js';
import type { ProductDetails } from '../details-data.js';
import type { DetailsViewModel } from './view-model.js';

export interface AvoidChoice {
  readonly avoided: ReadonlySet<string>;
  toggle(allergen: string): void;
}

/** Shade swatches (an SVG fill, a presentation attribute: a strict CSP blocks inline style attributes) under both lights, the shade worn on stream, undertones; ingredients with what the shopper avoids marked. */
export function beautyView(model: DetailsViewModel, details: ProductDetails, avoid: AvoidChoice): TemplateResult {
  const flagged = details.ingredients.map((ingredient) => allergensIn(ingredient, avoid.avoided));
  const found = [...new Set(flagged.flat())];
  return html`${details.shades.length
      ? html`<section part="shades" aria-labelledby="shades">
          <h3 id="shades">${model.t('details.shades')}</h3>
          <ul class="shades">
            ${details.shades.map(
              (shade) => html`<li part="shade">
                <svg class="swatch" part="swatch" viewBox="0 0 32 32" aria-hidden="true">${svg`<circle cx="16" cy="16" r="15" fill=${shade.color}></circle>`}</svg>
                <span class="shade-text">
                  <bdi>${shade.name}</bdi>
                  ${details.sellerShade === shade.name ? html`<span class="badge" part="seller-shade">${model.t('details.sellerWears')}</span>` : nothing}
                  ${shade.undertone ? html`<span class="muted">${model.t(`details.undertone.${shade.undertone}`)}</span>` : nothing}
                </span>
                ${shade.studioImage && shade.naturalImage
                  ? html`<span class="shade-photos">
                      <img src=${shade.studioImage} alt=${`${shade.name}: ${model.t('details.studio')}`} />
                      <img src=${shade.naturalImage} alt=${`${shade.name}: ${model.t('details.natural')}`} />
                    </span>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${details.ingredients.length
      ? html`<section part="ingredients" aria-labelledby="ingredients">
          <h3 id="ingredients">${model.t('details.ingredients')}</h3>
          <fieldset class="avoid">
            <legend>${model.t('details.avoid')}</legend>
            ${ALLERGEN_IDS.map(
              (allergen) => html`<label class="chip"
                ><input type="checkbox" .checked=${avoid.avoided.has(allergen)} @change=${() => avoid.toggle(allergen)} data-allergen=${allergen} />${model.t(`details.allergen.${allergen}`)}</label
              >`,
            )}
            <p class="muted">${model.t('details.avoidPrivacy')}</p>
          </fieldset>
          ${avoid.avoided.size
            ? html`<p role="status" part="avoid-result" class=${found.length ? 'warning' : ''}>
                ${found.length ? model.t('details.contains', { list: model.list(found.map((allergen) => model.t(`details.allergen.${allergen}`))) }) : model.t('details.noneFound')}
              </p>`
            : nothing}
          <ul class="ingredients">
            ${details.ingredients.map((ingredient, index) =>
              flagged[index]!.length ? html`<li><mark part="flagged-ingredient"><bdi>${ingredient}</bdi></mark></li>` : html`<li><bdi>${ingredient}</bdi></li>`,
            )}
          </ul>
        </section>`
      : nothing}`;
}
