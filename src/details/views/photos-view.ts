import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../../internal/text.js';
import type { DetailsViewModel } from './view-model.js';

/**
 * Studio and natural-light photos side by side, each captioned; on a narrow sheet one frame with a slider that
 * reveals the natural-light photo over the studio one. The element sets the split as a custom property through the
 * CSSOM (a strict CSP allows that, but not a `style` attribute).
 */
export function photosView(model: DetailsViewModel, title: string, studio: string | undefined, natural: string | undefined, split: number, onSplit: (value: number) => void): TemplateResult | typeof nothing {
  if (!studio || !natural) return nothing;
  const studioLabel = model.t('details.studio');
  const naturalLabel = model.t('details.natural');
  return html`<section class="photos" part="photos" aria-label=${model.t('details.photos')}>
    <div class="side-by-side">
      <figure><img part="studio-image" src=${studio} alt=${`${isolate(title)}: ${studioLabel}`} /><figcaption>${studioLabel}</figcaption></figure>
      <figure><img part="natural-image" src=${natural} alt=${`${isolate(title)}: ${naturalLabel}`} /><figcaption>${naturalLabel}</figcaption></figure>
    </div>
    <div class="slider">
      <figure class="stack">
        <img src=${studio} alt=${`${isolate(title)}: ${studioLabel}`} />
        <img class="reveal" src=${natural} alt=${`${isolate(title)}: ${naturalLabel}`} />
        <figcaption><span>${studioLabel}</span><span>${naturalLabel}</span></figcaption>
      </figure>
      <input
        type="range"
        part="photo-slider"
        min="0"
        max="100"
        .value=${String(split)}
        aria-label=${model.t('details.compare')}
        aria-valuetext=${`${studioLabel} ${100 - split}%, ${naturalLabel} ${split}%`}
        @input=${(event: Event) => onSplit(Number((event.target as HTMLInputElement).value))}
      />
    </div>
  </section>`;
}
