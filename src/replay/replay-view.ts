import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/translate.js';
import { clockTime } from '../player/controls/time-format.js';
import type { Chapter } from './chapters.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ChapterItem {
  chapter: Chapter;
  /** Already plain text (the host's title or the product's); rendered as text, never as markup. */
  title: string;
}

const chaptersIcon = html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="currentColor"><path d="M3 5h2v2H3zm4 0h14v2H7zm-4 6h2v2H3zm4 0h14v2H7zm-4 6h2v2H3zm4 0h14v2H7z"/></svg>`;

/** The control-bar button that opens "Products in this show". */
export function renderChapterButton(t: Translate, open: boolean, toggle: () => void): TemplateResult {
  return html`<button part="chapters-button" aria-expanded=${String(open)} aria-controls="shoplive-chapters" aria-label=${t('replay.chapters')} title=${t('replay.chapters')} @click=${toggle}>${chaptersIcon}</button>`;
}

export interface ChapterListView {
  t: Translate;
  locale: string;
  items: readonly ChapterItem[];
  /** The chapter playing now. */
  current: string | null;
  choose: (chapter: Chapter) => void;
  close: () => void;
  share: () => void;
  shared: 'copied' | 'failed' | null;
}

/** "Products in this show": one button per chapter, in time order; Escape closes it. */
export function renderChapterList(view: ChapterListView): TemplateResult {
  const { t, locale } = view;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    view.close();
  };
  return html`<section id="shoplive-chapters" part="chapters" class="chapters" aria-label=${t('replay.chapters')} @keydown=${onKeydown}>
    <h2 class="chapters-heading">${t('replay.chapters')}</h2>
    <ol>
      ${view.items.map(({ chapter, title }) => {
        const time = clockTime(chapter.start, locale);
        return html`<li>
          <button part="chapter" data-product=${chapter.productId} aria-current=${view.current === chapter.key ? 'true' : nothing} @click=${() => view.choose(chapter)}>
            <bdi class="chapter-title">${title}</bdi> <span class="chapter-time">${time}</span>
          </button>
        </li>`;
      })}
    </ol>
    <button part="share-button" class="share" @click=${view.share}>${t('replay.share')}</button>
    ${view.shared ? html`<span class="share-status" role="status">${t(view.shared === 'copied' ? 'replay.copied' : 'replay.copyFailed')}</span>` : nothing}
  </section>`;
}

/** A live show that ended: said so (unless the real-time notice says it already), with its replay when there is one. */
export function renderShowEnded(t: Translate, sayEnded: boolean, watchReplay: (() => void) | null): TemplateResult | typeof nothing {
  if (!sayEnded && !watchReplay) return nothing;
  return html`<div part="show-ended" class="show-ended" role="status">
    ${sayEnded ? html`<p>${t('rtc.ended')}</p>` : nothing}
    ${watchReplay ? html`<button part="replay-button" class="replay-button" @click=${watchReplay}>${t('replay.watch')}</button>` : nothing}
  </div>`;
}
