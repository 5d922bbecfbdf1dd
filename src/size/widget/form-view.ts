// The form: unit toggle, height, weight, optional sex and age, fit preference, "remember me".
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../../i18n/en.js';
import type { FitPreference } from '../types.js';
import type { Field } from './form.js';
import { UNIT_PARTS, type IntlUnit } from './format.js';
import { problemText } from './labels.js';
import type { UnitSystem } from './types.js';
import type { FormViewModel } from './view-models.js';

const FITS: readonly [FitPreference, MessageKey][] = [
  ['snug', 'size.fitSnug'],
  ['regular', 'size.fitRegular'],
  ['loose', 'size.fitLoose'],
];

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** "cm · kg" / "ft · in · lb": the toggle names units, which every shopper recognizes, in their language's symbols. */
function unitsLabel(p: FormViewModel, units: UnitSystem): string {
  const parts: IntlUnit[] = units === 'metric' ? ['centimeter', 'kilogram'] : ['foot', 'inch', ...(p.imperialWeight === 'st-lb' ? (['stone', 'pound'] as const) : (['pound'] as const))];
  return parts.map((unit) => p.format.symbol(unit)).join(' · ');
}

function errorLine(p: FormViewModel, field: Field) {
  const problem = p.errors[field];
  return html`<p id="${field}-error" class="error" part="error" ?hidden=${!problem}>${problem ? problemText(p.t, problem) : ''}</p>`;
}

function measureField(p: FormViewModel, field: 'height' | 'weight'): TemplateResult {
  const unit = field === 'height' ? p.heightUnit : p.weightUnit;
  const label = p.t(field === 'height' ? 'size.height' : 'size.weight');
  const values = p.shown(field);
  const invalid = Boolean(p.errors[field]);
  return html`
    <div
      class="field"
      part="field"
      role="group"
      aria-labelledby="${field}-label"
      @focusout=${(event: FocusEvent) => {
        if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) p.commit(field);
      }}
    >
      <label class="label" id="${field}-label" for="${field}-0">${label}</label>
      <div class="inputs">
        ${UNIT_PARTS[unit].map(
          (intlUnit, index) => html`
            <span class="measure">
              <input
                id="${field}-${index}"
                part="input"
                type="number"
                inputmode="decimal"
                min="0"
                step="any"
                autocomplete="off"
                aria-required=${index === 0 ? 'true' : 'false'}
                aria-label="${label} (${p.format.longName(intlUnit)})"
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${invalid ? `${field}-error` : nothing}
                .value=${live(values[index] ?? '')}
                @input=${(event: Event) => p.input(field, index, valueOf(event))}
              />
              <span class="unit" aria-hidden="true">${p.format.symbol(intlUnit)}</span>
            </span>
          `,
        )}
      </div>
      ${errorLine(p, field)}
    </div>
  `;
}

export function formView(p: FormViewModel): TemplateResult {
  const t = p.t;
  const ageInvalid = Boolean(p.errors.age);
  return html`
    <form
      part="form"
      class="form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        p.submit();
      }}
    >
      <p class="intro">${t('size.intro')}</p>
      <fieldset part="units" class="segmented">
        <legend>${t('size.units')}</legend>
        <div>
          ${(['metric', 'imperial'] as const).map(
            (units) => html`<label>
              <input type="radio" name="units" value=${units} .checked=${live(p.units === units)} @change=${() => p.setUnits(units)} />
              <span>${unitsLabel(p, units)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${measureField(p, 'height')} ${measureField(p, 'weight')}
      <div class="row">
        <div class="field" part="field">
          <label for="sex">${t('size.sex')}</label>
          <select id="sex" part="input" @change=${(event: Event) => p.setSex(valueOf(event))}>
            <option value="" .selected=${p.sex === ''}>${t('size.sexUnset')}</option>
            <option value="female" .selected=${p.sex === 'female'}>${t('size.female')}</option>
            <option value="male" .selected=${p.sex === 'male'}>${t('size.male')}</option>
          </select>
        </div>
        <div class="field" part="field" @focusout=${() => p.commit('age')}>
          <label for="age">${t('size.age')}</label>
          <input
            id="age"
            part="input"
            type="number"
            inputmode="numeric"
            min="14"
            max="100"
            step="1"
            autocomplete="off"
            aria-invalid=${ageInvalid ? 'true' : 'false'}
            aria-describedby=${ageInvalid ? 'age-error' : nothing}
            .value=${live(p.age)}
            @input=${(event: Event) => p.input('age', 0, valueOf(event))}
          />
          ${errorLine(p, 'age')}
        </div>
      </div>
      <fieldset part="fit" class="segmented">
        <legend>${t('size.fit')}</legend>
        <div>
          ${FITS.map(
            ([fit, key]) => html`<label>
              <input type="radio" name="fit" value=${fit} .checked=${live(p.fit === fit)} @change=${() => p.setFit(fit)} />
              <span>${t(key)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="remember" part="remember">
        <label>
          <input type="checkbox" id="remember" .checked=${live(p.remember)} @change=${(event: Event) => p.setRemember((event.target as HTMLInputElement).checked)} />
          <span>${t('size.remember')}</span>
        </label>
        ${p.stored ? html`<button type="button" class="link" part="forget-button" @click=${() => p.forget()}>${t('size.forget')}</button>` : nothing}
      </div>
      <button type="submit" class="primary" part="submit-button">${t('size.submit')}</button>
    </form>
  `;
}
