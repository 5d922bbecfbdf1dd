// The sentences that explain an answer: between two sizes (with both probabilities), close to a size's upper
// limit, what fit reports changed, and that a reference size was used. Words come from the catalogs; labels from
// data are bidi-isolated.
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import { isolate } from '../../internal/text.js';
import type { Recommendation } from '../types.js';
import { PART_KEYS } from './labels.js';
import type { MessageParams } from '../../i18n/translate.js';

function feedbackKey(f: NonNullable<Recommendation['fitFeedback']>): MessageKey | undefined {
  if (f.runs === 'small') return f.sizesMoved > 0 ? 'size.runsSmallUp' : 'size.runsSmall';
  if (f.runs === 'large') return f.sizesMoved < 0 ? 'size.runsLargeDown' : 'size.runsLarge';
  return undefined;
}

/** What the sentences need from the panel (not the panel itself: no import cycle with it). */
export interface ExplainContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly percent: (value: number) => string;
  readonly locale: string;
}

export function explanation({ t, percent, locale }: ExplainContext, result: Recommendation): TemplateResult {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const feedback = result.fitFeedback ? feedbackKey(result.fitFeedback) : undefined;
  return html`
    ${result.between
      ? html`<p part="between" class="between">
          ${t('size.between', {
            smaller: isolate(result.between.smaller),
            larger: isolate(result.between.larger),
            smallerPercent: percent(result.between.smallerProbability),
            largerPercent: percent(result.between.largerProbability),
            label: isolate(result.label),
          })}
        </p>`
      : nothing}
    ${result.boundary
      ? html`<p part="boundary" class="between">
          ${t('size.boundary', {
            fits: isolate(result.boundary.fits),
            measurements: list.format(result.boundary.near.map((m) => t(PART_KEYS[m]))),
            larger: isolate(result.boundary.larger),
          })}
        </p>`
      : nothing}
    ${feedback ? html`<p part="fit-feedback" class="between">${t(feedback)}</p>` : nothing}
    ${result.reference ? html`<p part="reference-used" class="between">${t('size.referenceUsed', { label: isolate(result.reference.label) })}</p>` : nothing}
  `;
}
