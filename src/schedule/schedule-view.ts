import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/translate.js';
import { formatCountdown, formatEnd, formatStart } from './format.js';
import type { ScheduledShow, ShowStatus } from './show-data.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ShowView {
  t: Translate;
  locale: string;
  now: number;
  show: ScheduledShow;
  status: ShowStatus;
  /** The next show to start: it carries the live countdown. */
  next: boolean;
  ics: () => string;
  links: { google: string; outlook: string };
  remind: () => void;
}

function statusLine({ t, locale, now, show, status, next }: ShowView): TemplateResult | typeof nothing {
  switch (status) {
    case 'live':
      return html`<p part="status" class="status live" role="status">${t('schedule.liveNow')}</p>
        <a part="watch-link" class="action" href=${show.streamUrl!}>${t('schedule.watchLive')}</a>`;
    case 'starting-soon':
      return html`<p part="status" class="status" role="status">${t('schedule.startingSoon')}</p>`;
    case 'ended':
      return html`<p part="status" class="status">${t('schedule.ended')}</p>
        ${show.replayUrl ? html`<a part="replay-link" class="action" href=${show.replayUrl}>${t('schedule.watchReplay')}</a>` : nothing}`;
    case 'upcoming':
      return next ? html`<p part="countdown" class="status" role="timer">${t('schedule.startsIn', { time: formatCountdown(show.start - now, locale) })}</p>` : nothing;
  }
}

/** One show: image, title, start in the shopper's zone and language (and the seller's), its state and actions. */
export function renderShow(view: ShowView): TemplateResult {
  const { t, locale, show, status } = view;
  const seller = show.sellerTimeZone && show.sellerTimeZone !== Intl.DateTimeFormat().resolvedOptions().timeZone ? show.sellerTimeZone : null;
  return html`<li part="show" class="show" data-show=${show.id} data-status=${status}>
    ${show.image ? html`<img part="image" src=${show.image} alt="" loading="lazy" decoding="async" />` : nothing}
    <div class="body">
      <h3 part="title" class="title"><bdi>${show.title}</bdi></h3>
      <p class="when">
        <time part="start" datetime=${new Date(show.start).toISOString()}>${formatStart(show.start, locale)}</time>
        <time part="end" class="until" datetime=${new Date(show.end).toISOString()}>${t('schedule.until', { time: formatEnd(show.end, locale) })}</time>
      </p>
      ${seller ? html`<p part="seller-time" class="seller">${t('schedule.sellerTime', { time: formatStart(show.start, locale, seller) })}</p>` : nothing}
      ${statusLine(view)}
      ${status === 'upcoming' || status === 'starting-soon'
        ? html`<div class="actions">
            <details part="calendar" class="calendar">
              <summary class="action">${t('schedule.addToCalendar')}</summary>
              <a part="ics-link" href=${view.ics()} download="${show.id}.ics" type="text/calendar">${t('schedule.icsFile')}</a>
              <a part="google-link" href=${view.links.google} target="_blank" rel="noopener noreferrer">${t('schedule.google')}</a>
              <a part="outlook-link" href=${view.links.outlook} target="_blank" rel="noopener noreferrer">${t('schedule.outlook')}</a>
            </details>
            ${status === 'upcoming' ? html`<button part="remind-button" class="action" @click=${view.remind}>${t('schedule.remindMe')}</button>` : nothing}
          </div>`
        : nothing}
    </div>
  </li>`;
}
