import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/translate.js';
import type { Fix } from './fixes.js';
import { pickText, type LocalizedText } from '../commerce/localized-text.js';
import { QUESTIONS, type Answers, type Question } from './questions.js';
import type { FeedbackReason, ProductCategory } from './reasons.js';

/** What the views read of the element: the answers so far and the words to use. Never the element itself. */
export interface FitCheckViewModel {
  readonly category: ProductCategory;
  readonly answers: Answers;
  readonly locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  percent(value: number): string;
  languageName(tag: string): string;
}

const label = (model: FitCheckViewModel, key: string) => model.t(key as MessageKey);

function questionView(model: FitCheckViewModel, question: Question, onAnswer: (id: string, value: string) => void): TemplateResult {
  return html`<fieldset part="question" data-question=${question.id}>
    <legend>${label(model, `returns.q.${question.id}`)}</legend>
    <div class="choices">
      ${question.choices.map(
        (choice) => html`<label class="choice" part="choice">
          <input
            type="radio"
            name=${question.id}
            .value=${choice.value}
            .checked=${model.answers[question.id] === choice.value}
            @change=${() => onAnswer(question.id, choice.value)}
          />${label(model, `returns.a.${choice.value}`)}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The questions of the category; per-area details of a size problem only once the overall fit is off. */
export function questionsView(model: FitCheckViewModel, onAnswer: (id: string, value: string) => void): TemplateResult {
  const questions = QUESTIONS[model.category];
  const main = questions.filter((question) => !question.detail);
  const details = questions.filter((question) => question.detail);
  const fitOff = model.answers['fit'] !== undefined && model.answers['fit'] !== 'just-right';
  return html`${main.map((question) => questionView(model, question, onAnswer))}
  ${details.length && fitOff
    ? html`<div class="areas" role="group" aria-label=${model.t('returns.areas')}>
        <p class="hint">${model.t('returns.areas')}</p>
        ${details.map((question) => questionView(model, question, onAnswer))}
      </div>`
    : nothing}`;
}

function tipView(model: FitCheckViewModel, heading: MessageKey, text: LocalizedText): TemplateResult {
  const picked = pickText(text, model.locale);
  const foreign = picked.language !== '' && picked.language.split('-')[0]!.toLowerCase() !== model.locale.split('-')[0]!.toLowerCase();
  return html`<p class="tip" part="tip">
    <strong>${model.t(heading)}</strong>
    <bdi lang=${picked.language || nothing}>${picked.text}</bdi>
    ${foreign ? html` <span class="hint">(${model.t('returns.inLanguage', { language: model.languageName(picked.language) })})</span>` : nothing}
  </p>`;
}

export interface FixActions {
  readonly care?: LocalizedText;
  readonly setup?: LocalizedText;
  readonly contactUrl?: string;
  readonly returnUrl?: string;
  /** The fix the shopper already took: its button is done. */
  readonly chosen: Fix['type'] | null;
  choose(fix: Fix): void;
}

function fixView(model: FitCheckViewModel, fix: Fix, actions: FixActions): TemplateResult | typeof nothing {
  switch (fix.type) {
    case 'exchange':
      return html`<li>
        <button class="primary" part="exchange-button" ?disabled=${actions.chosen !== null} @click=${() => actions.choose(fix)}>
          ${model.t('returns.exchange', { size: fix.size })}
        </button>
        ${fix.probability !== undefined ? html`<p class="hint">${model.t('returns.exchangeConfidence', { percent: model.percent(fix.probability) })}</p>` : nothing}
      </li>`;
    case 'tip': {
      const text = fix.kind === 'care' ? actions.care : actions.setup;
      return text ? html`<li>${tipView(model, fix.kind === 'care' ? 'returns.tipCare' : 'returns.tipSetup', text)}</li>` : nothing;
    }
    case 'contact':
      return html`<li>
        <a class="action secondary" part="contact-link" href=${actions.contactUrl!} target="_blank" rel="noopener noreferrer" @click=${() => actions.choose(fix)}>${model.t('returns.contact')}</a>
      </li>`;
    case 'return':
      return html`<li>
        <a class="action secondary" part="return-link" href=${actions.returnUrl!} @click=${() => actions.choose(fix)}>${model.t('returns.return')}</a>
      </li>`;
  }
}

const ADVICE: Partial<Record<FeedbackReason, MessageKey>> = { 'skin-reaction': 'returns.reactionAdvice', 'arrived-damaged': 'returns.damagedAdvice' };

/** After Send: thanks, the reason's advice, then the fixes (the return path last). */
export function resultView(model: FitCheckViewModel, reason: FeedbackReason, fixes: readonly Fix[], actions: FixActions): TemplateResult {
  const advice = ADVICE[reason];
  return html`<p part="thanks">${model.t(reason === 'as-expected' ? 'returns.thanksGood' : 'returns.thanks')}</p>
    ${advice ? html`<p class="tip" part="advice">${model.t(advice)}</p>` : nothing}
    ${fixes.length
      ? html`<p>${model.t('returns.fixesIntro')}</p>
          <ul class="fixes">
            ${fixes.map((fix) => fixView(model, fix, actions))}
          </ul>`
      : nothing}`;
}
