import { html, nothing, type TemplateResult } from 'lit';
import type { ProductDetails } from '../details-data.js';
import { compatibility, type Compatibility } from '../power.js';
import { sellerText } from './text-view.js';
import type { DetailsViewModel } from './view-model.js';

const volts = (values: readonly number[]) => values.map((value) => `${value} V`).join(' / ');
const hertz = (values: readonly number[]) => values.map((value) => `${value} Hz`).join(' / ');

/** The power verdict for the shopper's country, in sentences: plug, voltage, frequency, region lock. */
export function powerLines(model: DetailsViewModel, fit: Compatibility, spec: NonNullable<ProductDetails['power']>): string[] {
  const country = model.regionName(fit.country);
  const lines: string[] = [];
  const plug = spec.plugs.join('/');
  lines.push(fit.plugFits ? model.t('details.plugFits', { plug, country }) : model.t('details.adapter', { plug, country, sockets: fit.mains.plugs.join('/') }));
  lines.push(
    fit.voltageOk
      ? model.t('details.voltageOk', { country, volts: volts(fit.mains.volts) })
      : model.t('details.voltageBad', { range: spec.volts[0] === spec.volts[1] ? `${spec.volts[0]} V` : `${spec.volts[0]}–${spec.volts[1]} V`, country, volts: volts(fit.mains.volts) }),
  );
  if (!fit.frequencyOk) lines.push(model.t('details.frequencyBad', { hertz: hertz(spec.hertz), country, mains: hertz(fit.mains.hertz) }));
  if (!fit.regionOk) lines.push(model.t('details.regionLocked', { country }));
  return lines;
}

/** What is in the box, power for the shopper's country, the warranty and the unboxing moment of the replay. */
export function electronicsView(model: DetailsViewModel, details: ProductDetails): TemplateResult {
  const fit = details.power && model.country ? compatibility(details.power, model.country) : null;
  const ok = fit && fit.plugFits && fit.voltageOk && fit.frequencyOk && fit.regionOk;
  return html`${fit && details.power
      ? html`<section part="power" class=${ok ? 'power ok' : 'power warning'} aria-labelledby="power">
          <h3 id="power">${model.t('details.power', { country: model.regionName(fit.country) })}</h3>
          ${powerLines(model, fit, details.power).map((line) => html`<p>${line}</p>`)}
        </section>`
      : nothing}
    ${details.inTheBox.length
      ? html`<section part="in-the-box" aria-labelledby="box">
          <h3 id="box">${model.t('details.inTheBox')}</h3>
          <ul>
            ${details.inTheBox.map((item) => html`<li>${sellerText(model, item)}</li>`)}
          </ul>
        </section>`
      : nothing}
    ${details.warranty
      ? html`<section part="warranty" aria-labelledby="warranty">
          <h3 id="warranty">${model.t('details.warranty')}</h3>
          <p>${sellerText(model, details.warranty)}</p>
        </section>`
      : nothing}
    ${details.unboxing ? html`<p><a part="unboxing-link" href=${`${details.unboxing.url.split('#')[0]}#t=${Math.floor(details.unboxing.at)}`}>${model.t('details.unboxing')}</a></p>` : nothing}`;
}
