// The answer (size, how sure, how it fits, the shopper's own size system, how we estimate), and the two fallbacks
// for charts the engine cannot use: a plain size table, or a message.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isolate } from '../../internal/text.js';
import { decidingMeasurements } from '../ground-truth.js';
import { SIZE_SYSTEMS } from '../systems/tables.js';
import type { Measurement } from '../types.js';
import { CAVEAT_KEYS, COLUMN_KEYS, confidenceText, MEASUREMENT_KEYS, modelText, noteText, systemName } from './labels.js';
import { referenceStep } from './reference-step.js';
import { explanation } from './result-explain.js';
import type { MessageViewModel, ResultViewModel, TableViewModel } from './view-models.js';

const ESTIMATE_FIELDS = { chest: 'chestCm', waist: 'waistCm', hip: 'hipCm', shoulder: 'shoulderCm' } as const;

function forgetButton(p: ResultViewModel) {
  return p.stored ? html`<button type="button" class="link" part="forget-button" @click=${() => p.forget()}>${p.t('size.forget')}</button>` : nothing;
}

function estimates(p: ResultViewModel): TemplateResult {
  const result = p.result!;
  const chart = p.chart!;
  // The measurements this product's chart is sized by; a table-only chart shows the three main girths.
  const shown: Measurement[] = decidingMeasurements(chart);
  const list: Measurement[] = shown.length ? shown : ['chest', 'waist', 'hip'];
  const metric = p.units === 'metric';
  return html`<ul>
    ${list.map((m) => html`<li>${p.t('size.pair', { name: p.t(MEASUREMENT_KEYS[m]), v: p.format.girth(result.estimate[ESTIMATE_FIELDS[m]], metric) })}</li>`)}
  </ul>`;
}

export function resultView(p: ResultViewModel): TemplateResult {
  const t = p.t;
  const result = p.result!;
  const model = modelText(t, p.format, p.chart, p.heightUnit, p.weightUnit);
  const systemLabel = p.systemLabel;
  const system = p.system;
  const caveats = result.caveats.flatMap((caveat) => (CAVEAT_KEYS[caveat] ? [CAVEAT_KEYS[caveat]] : []));
  return html`
    <section part="result" class="result" aria-labelledby="result-heading">
      <h3 id="result-heading" tabindex="-1" data-start>${t('size.recommended')}</h3>
      <p part="size" class="size">${result.label}</p>
      <p part="confidence" class="confidence">
        <meter min="0" max="1" low="0.45" high="0.7" optimum="1" .value=${result.confidence} aria-hidden="true"></meter>
        <span>${confidenceText(t, p.format, result.confidence)}</span>
      </p>
      ${explanation({ t, percent: (v) => p.format.percent(v), locale: p.uiLocale }, result)}
      ${result.notes.length
        ? html`<h4 id="notes-heading">${t('size.fitNotes')}</h4>
            <ul part="notes" class="notes" aria-labelledby="notes-heading">
              ${result.notes.map((note) => html`<li>${noteText(t, note, p.format, p.units === 'metric')}</li>`)}
            </ul>`
        : nothing}
      ${caveats.map((key) => html`<p part="caveat" class="caveat">${t(key)}</p>`)}
      ${model ? html`<p part="model" class="model">${model}</p>` : nothing}
      ${referenceStep({
        t,
        systemName: (each) => systemName(t, p.uiLocale, each),
        sizes: p.referenceSizes,
        choice: p.reference,
        changed: () => p.referenceChanged(),
      })}
      <div part="system" class="system">
        <label for="system">${t('size.system')}</label>
        <select id="system" part="system-select" @change=${(event: Event) => p.setSystem((event.target as HTMLSelectElement).value)}>
          ${SIZE_SYSTEMS.map((each) => html`<option value=${each} .selected=${each === system}>${systemName(t, p.uiLocale, each)}</option>`)}
        </select>
        <p part="system-size" class="system-size" aria-live="polite">
          ${systemLabel === null ? t('size.noConversion') : t('size.inSystem', { label: isolate(systemLabel) })}
        </p>
      </div>
      <details part="details">
        <summary>${t('size.howWeEstimate')}</summary>
        <p>${t('size.how')}</p>
        ${result.basis === 'height-weight' ? html`<p>${t('size.basisTable')}</p>` : nothing}
        <p>${t('size.estimates')}</p>
        ${estimates(p)}
        ${result.caveats.includes('sex-unknown') ? html`<p>${t('size.caveatSex')}</p>` : nothing}
        <p>${t('size.limits')}</p>
        <p>${t(p.shareOffered ? 'size.privacyShare' : 'size.privacy')}</p>
      </details>
      ${p.shareOffered
        ? html`<label part="share" class="share">
            <input type="checkbox" id="share" .checked=${live(p.shareConsent)} @change=${(event: Event) => p.setShareConsent((event.target as HTMLInputElement).checked)} />
            <span>${t('size.share')}</span>
          </label>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" part="use-button" @click=${() => p.use()}>${t('size.use', { label: isolate(result.label) })}</button>
        <button type="button" class="secondary" part="edit-button" @click=${() => p.edit()}>${t('size.edit')}</button>
        ${forgetButton(p)}
      </div>
    </section>
  `;
}

export function tableView(p: TableViewModel): TemplateResult {
  const table = p.table!;
  const t = p.t;
  const header = (column: string) => {
    const name = Object.hasOwn(COLUMN_KEYS, column) ? t(COLUMN_KEYS[column]!) : column;
    return column === 'weight' ? `${name} (${table.weightUnit})` : name;
  };
  return html`
    <p part="message" class="message" tabindex="-1" data-start>${t('size.chartUnusable')}</p>
    <div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
      <table part="table">
        <caption id="table-caption">${t('size.tableCaption', { unit: table.unit || '–' })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('size.tableSize')}</th>
            ${table.columns.map((column) => html`<th scope="col">${header(column)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              ${row.cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

export function messageView(p: MessageViewModel): TemplateResult {
  return html`<p part="message" class="message" tabindex="-1" data-start>${p.t(p.message)}</p>`;
}
