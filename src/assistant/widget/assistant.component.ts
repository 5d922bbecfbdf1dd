import { html, nothing } from 'lit';
import { productStore } from '../../commerce/product-store.js';
import type { Product } from '../../commerce/product.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { ShopliveElement } from '../../internal/shoplive-element.js';
import { readProduct } from '../answer.js';
import type { FaqEntry } from '../faq.js';
import { ASSISTANT_LIMITS } from '../guard.js';
import { assistant, type AnswerOrigin } from '../host.js';
import { prepareAnswerer } from '../warm-up.js';
import { assistantStyles } from './assistant.styles.js';
import { assistantMessages } from './messages/index.js';
import type { AssistantMessageKey } from './messages/en.js';
import { fieldKey, suggestionsFor } from './suggestions.js';

interface Entry {
  readonly id: number;
  readonly question: string;
  text: string;
  sources: readonly string[];
  origin: AnswerOrigin | null;
  pending: boolean;
  /** The decline message, when nothing answered. */
  declined: string | null;
  asked: boolean;
  questionId: string | null;
  reply: string | null;
  copied: boolean;
}

/**
 * `<shoplive-assistant product-id>`: a question box about one product. Answers come from the offline answerer (the
 * product's data and FAQ, on the device), then the host's answerer if one is set; what neither answers goes to the
 * seller as `shoplive-question`, and `assistant.reply(questionId, text)` shows the seller's answer here. Inside a
 * player (`owner`), it follows the product the seller presents; `compact` shows an "Ask" button that opens it.
 *
 * @event shoplive-question - A question nothing could answer, for the seller (cancelable: `accept()`) {QuestionDetail}
 * @csspart panel - The open box.
 * @csspart log - The list of questions and answers (aria-live).
 * @csspart entry - One question with its answer.
 * @csspart answer - An answer's text.
 * @csspart source - Where the answer came from.
 * @csspart asked - "We've asked the seller."
 * @csspart reply - The seller's later reply.
 * @csspart suggestions - The suggested questions.
 * @csspart input - The question box.
 * @csspart ask - The send button.
 * @csspart privacy - The privacy line.
 * @csspart ask-button - The "Ask" button of the compact form.
 * @cssproperty --shoplive-font - Font shorthand; 14px/1.4 system-ui.
 * @cssproperty --shoplive-accent - Buttons and the reply's edge; #d81a4b.
 * @cssproperty --shoplive-on-accent - Text on the accent; #fff.
 * @cssproperty --shoplive-radius - Corner radius; 10px.
 * @cssproperty --shoplive-focus-ring - Focus outline; the accent.
 * @cssproperty --shoplive-assistant-background - The panel; Canvas.
 * @cssproperty --shoplive-assistant-color - Its text; CanvasText.
 * @cssproperty --shoplive-ask-bottom - Compact form over the video: distance from the bottom; 64px.
 * @cssproperty --shoplive-ask-start - …from the start; 12px.
 * @cssproperty --shoplive-ask-width - …width of the open panel; min(360px, 100% - 24px).
 */
export class ShopliveAssistant extends ShopliveElement {
  static override styles = assistantStyles;

  static override properties = {
    productId: { attribute: 'product-id', reflect: true },
    product: { attribute: false },
    faq: { attribute: false },
    owner: { attribute: false },
    compact: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    entries: { state: true },
    draft: { state: true },
  };

  /** Id of the product in the page's product store. */
  declare productId: string;
  /** Product data, when it is not in the page's product store. */
  declare product: unknown;
  declare faq: readonly FaqEntry[] | null;
  /** The show (a player) whose products and presented product this box follows. */
  declare owner: object | null;
  declare compact: boolean;
  declare open: boolean;
  declare private entries: Entry[];
  declare private draft: string;

  constructor() {
    super();
    this.productId = '';
    this.product = null;
    this.faq = null;
    this.owner = null;
    this.compact = false;
    this.open = false;
    this.entries = [];
    this.draft = '';
  }

  private readonly i18n = new LocaleController(this, [assistantMessages]);
  private nextId = 1;
  private unsubscribers: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribers = [
      productStore.subscribe(() => this.requestUpdate()),
      assistant.onReply((questionId, text) => {
        const entry = this.entries.find((each) => each.questionId === questionId);
        if (entry) this.update_(entry, { reply: text });
      }),
    ];
    // The first answer should not pay for building indexes: they are built while the page is idle.
    const warmUp = () => void prepareAnswerer(this.requestedLocale());
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warmUp, { timeout: 3000 });
    else setTimeout(warmUp, 500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribers.forEach((unsubscribe) => unsubscribe());
    this.unsubscribers = [];
  }

  private t(key: AssistantMessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** The product asked about: the given data, else the store's `product-id`, else the show's presented product. */
  private get subject(): Product | null {
    if (this.product) return readProduct(this.product);
    const id = this.productId || (this.owner ? productStore.presented(this.owner) ?? productStore.showIds(this.owner)[0] : '');
    return (id && productStore.get(id, this.owner)) || null;
  }

  private update_(entry: Entry, change: Partial<Entry>): void {
    Object.assign(entry, change);
    this.entries = [...this.entries];
  }

  /** Asks one question; the answer (or its stream) fills its entry as it arrives. */
  async ask(question: string): Promise<void> {
    const text = question.trim();
    const product = this.subject;
    if (!text || !product) return;
    this.draft = '';
    const entry: Entry = { id: this.nextId++, question: text, text: '', sources: [], origin: null, pending: true, declined: null, asked: false, questionId: null, reply: null, copied: false };
    this.entries = [...this.entries, entry];
    const context = { product, ...(this.faq ? { faq: this.faq } : {}), locale: this.shopperLocale() };
    for await (const update of assistant.ask(text, context, this)) {
      if (update.kind === 'answer') this.update_(entry, { text: update.text, sources: update.sources, origin: update.origin, pending: update.partial });
      else this.update_(entry, { pending: false, declined: update.result.message, asked: update.handedOff, questionId: update.questionId });
    }
    if (entry.pending) this.update_(entry, { pending: false });
  }

  private requestedLocale(): string {
    return this.closest('[lang]')?.getAttribute('lang') || navigator.language;
  }

  /** The full language tag for numbers and units (en-GB: centimetres), when it is the UI's language; else the UI's. */
  private shopperLocale(): string {
    const tag = this.requestedLocale();
    try {
      return new Intl.Locale(tag).language === new Intl.Locale(this.i18n.locale).language ? tag : this.i18n.locale;
    } catch {
      return this.i18n.locale;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    void this.ask(this.draft);
  }

  private async copy(entry: Entry): Promise<void> {
    try {
      await navigator.clipboard.writeText(entry.text.replace(/[\u2066-\u2069]/g, ''));
      this.update_(entry, { copied: true });
    } catch {
      // No clipboard permission: the text stays selectable.
    }
  }

  private sourceLine(entry: Entry): string {
    if (entry.origin === 'unverified') return this.t('assistant.unverified');
    if (entry.sources.length && entry.sources.every((source) => /^(show\.)?faq\[/.test(source))) return this.t('assistant.sourceFaq');
    const fields = [...new Set(entry.sources.map(fieldKey).filter((key): key is AssistantMessageKey => key !== null))].map((key) => this.t(key));
    const list = new Intl.ListFormat(this.i18n.locale, { type: 'conjunction' }).format(fields);
    return this.t(entry.origin === 'host' ? 'assistant.sourceHost' : 'assistant.source', { fields: list });
  }

  private renderEntry(entry: Entry) {
    const answered = entry.text && entry.origin !== null;
    return html`<li part="entry" aria-busy=${entry.pending ? 'true' : 'false'}>
      <p class="question"><bdi>${entry.question}</bdi></p>
      ${entry.pending && !entry.text ? html`<p role="status">${this.t('assistant.thinking')}</p>` : nothing}
      ${answered
        ? html`<p class="answer" part="answer">${entry.text}</p>
            <p class="source" part="source">${this.sourceLine(entry)}</p>
            ${entry.pending ? nothing : html`<button class="copy" type="button" @click=${() => this.copy(entry)}>${entry.copied ? this.t('assistant.copied') : this.t('assistant.copy')}</button>`}`
        : nothing}
      ${entry.declined !== null && !answered ? html`<p class="answer" part="answer">${entry.declined}</p>` : nothing}
      ${entry.asked ? html`<p class="source" part="asked">${this.t('assistant.asked')}</p>` : nothing}
      ${entry.reply !== null ? html`<div class="reply" part="reply"><p class="source">${this.t('assistant.reply')}</p><p class="answer"><bdi>${entry.reply}</bdi></p></div>` : nothing}
    </li>`;
  }

  override render() {
    const product = this.subject;
    if (!product) return nothing;
    const { locale, dir } = this.i18n;
    if (this.compact && !this.open) {
      return html`<button class="open" part="ask-button" type="button" lang=${locale} dir=${dir} aria-expanded="false" aria-label=${this.t('assistant.open', { product: product.title })} @click=${() => (this.open = true)}>${this.t('assistant.ask')}</button>`;
    }
    const suggestions = this.entries.length ? [] : suggestionsFor(product);
    return html`<section class="panel" part="panel" lang=${locale} dir=${dir} aria-label=${this.t('assistant.title')}>
      <h2><bdi>${this.t('assistant.title')}</bdi></h2>
      ${this.compact ? html`<button class="copy" type="button" aria-expanded="true" @click=${() => (this.open = false)}>${this.t('assistant.close')}</button>` : nothing}
      <ol class="log" part="log" aria-live="polite">${this.entries.map((entry) => this.renderEntry(entry))}</ol>
      ${suggestions.length
        ? html`<ul class="suggestions" part="suggestions" aria-label=${this.t('assistant.suggestions')}>
            ${suggestions.map((key) => html`<li><button type="button" @click=${() => this.ask(this.t(key))}>${this.t(key)}</button></li>`)}
          </ul>`
        : nothing}
      <form @submit=${this.submit}>
        <input part="input" type="text" enterkeyhint="send" maxlength=${ASSISTANT_LIMITS.questionChars} aria-label=${this.t('assistant.label')} placeholder=${this.t('assistant.placeholder')} .value=${this.draft} @input=${(event: InputEvent) => (this.draft = (event.target as HTMLInputElement).value)} />
        <button class="ask" part="ask" type="submit">${this.t('assistant.ask')}</button>
      </form>
      <p class="privacy" part="privacy">${this.t('assistant.privacy')} ${this.t(assistant.answerer ? 'assistant.privacyHost' : 'assistant.privacyHandoff')}</p>
    </section>`;
  }
}
