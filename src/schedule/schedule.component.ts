import { html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { EVENTS } from '../internal/events.js';
import { isLimitError } from '../internal/limits.js';
import { log } from '../internal/log.js';
import { readJsonLimited } from '../internal/read-limited.js';
import { ShopliveElement } from '../internal/shoplive-element.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';
import { SCHEDULE_EVENTS } from './events.js';
import { calendarLinks, showToIcs } from './ics.js';
import { scheduleMessages } from './messages/index.js';
import { renderShow } from './schedule-view.js';
import { scheduleStyles } from './schedule.styles.js';
import { parseSchedule, SCHEDULE_LIMITS, showStatus, type ScheduledShow, type ShowStatus } from './show-data.js';
import { StreamWatch } from './stream-watch.js';

/**
 * Upcoming live shows, each start in the shopper's own time zone and language (with the zone's name), a live
 * countdown to the next one, "Live now" when it starts, calendar files and links, and "Remind me" for the host's own
 * reminders. It stores nothing about the shopper.
 *
 * @event shoplive-remind-me - "Remind me" was chosen: the host sends its own reminder {RemindMeDetail}
 * @event shoplive-show-live - A listed show went live (the `player` was given its stream) {ShowLiveDetail}
 * @event shoplive-error - The schedule or an entry of it was refused (not fatal) {ShopliveErrorDetail}
 *
 * @csspart list - The list of shows.
 * @csspart show - One show (`data-status`: upcoming, live, starting-soon, ended).
 * @csspart image - Its picture.
 * @csspart title - Its title.
 * @csspart start - Its start, in the shopper's zone.
 * @csspart end - Its end.
 * @csspart seller-time - The start in the seller's time zone.
 * @csspart status - "Live now", "Starting soon", "This show has ended".
 * @csspart countdown - The countdown of the next show.
 * @csspart calendar - "Add to calendar" (a details element) and its links.
 * @csspart ics-link - The .ics calendar file.
 * @csspart google-link - The Google Calendar link.
 * @csspart outlook-link - The Outlook.com link.
 * @csspart remind-button - "Remind me".
 * @csspart watch-link - "Watch now".
 * @csspart replay-link - "Watch the replay".
 * @csspart error - "The schedule could not be loaded."
 *
 * @cssproperty --shoplive-schedule-background - Behind each show; #fff.
 * @cssproperty --shoplive-schedule-color - Its text; #1a1a1a.
 * @cssproperty --shoplive-accent - "Live now" and the focus outline; #d81a4b.
 * @cssproperty --shoplive-radius - Corners of each show; 10px.
 * @cssproperty --shoplive-font - Font shorthand; 15px/1.45 system-ui.
 */
export class ShopliveSchedule extends ShopliveElement {
  static override styles = scheduleStyles;

  static override properties = {
    scheduleSrc: { attribute: 'schedule-src', reflect: true },
    shows: { attribute: false },
    player: { reflect: true },
    loaded: { state: true },
  };

  /** URL of the schedule JSON (docs/schedule.md). */
  declare scheduleSrc: string;
  /** The schedule itself, instead of `schedule-src`: `{ shows: [...] }` or an array. */
  declare shows: unknown;
  /** Id of a `<shoplive-player>` on the page that takes over a show when it goes live. */
  declare player: string;
  declare private loaded: { shows: ScheduledShow[] } | { failed: true } | null;

  private readonly i18n = new LocaleController(this, [scheduleMessages]);
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly icsUrls = new Map<string, string>();
  private readonly announcedLive = new Set<string>();
  /** A show whose start passed is "Live now" only once its stream answers (the seller may be a minute late). */
  private readonly streams = new StreamWatch(() => this.requestUpdate());
  /** The clock of the last render: statuses and the countdown were drawn for it. */
  private renderedAt = 0;

  constructor() {
    super();
    Object.assign(this, { scheduleSrc: '', shows: null, player: '', loaded: null });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.abort?.abort();
    this.streams.stop();
    for (const url of this.icsUrls.values()) URL.revokeObjectURL(url);
    this.icsUrls.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shows') && this.shows != null) this.accept(this.shows, document.baseURI);
    else if (changed.has('scheduleSrc') && this.scheduleSrc && this.shows == null) void this.load(this.scheduleSrc);
  }

  private refuse(message: string): void {
    log.warn(message);
    this.emit(EVENTS.error, { code: 'refused-data', message, fatal: false });
  }

  private async load(src: string): Promise<void> {
    this.abort?.abort();
    const checked = checkUrl(src);
    if (!checked.ok) {
      this.loaded = { failed: true };
      return this.refuse(`schedule-src is not a usable URL: ${URL_PROBLEMS[checked.problem]}`);
    }
    const abort = (this.abort = new AbortController());
    try {
      const response = await fetch(checked.url.href, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await readJsonLimited(response, SCHEDULE_LIMITS.bytes);
      if (!abort.signal.aborted) this.accept(data, response.url || checked.url.href);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loaded = { failed: true };
      this.refuse(isLimitError(error) ? `schedule: ${String((error as Error).message)}` : `schedule could not be loaded: ${String(error)}`);
    }
  }

  private accept(data: unknown, base: string): void {
    const { shows, problems } = parseSchedule(data, base);
    problems.forEach((problem) => this.refuse(problem));
    for (const url of this.icsUrls.values()) URL.revokeObjectURL(url);
    this.icsUrls.clear();
    this.loaded = { shows };
  }

  /** A calendar file per show, made once (its DTSTAMP is when it was made) and freed with the element. */
  private icsUrl(show: ScheduledShow): string {
    let url = this.icsUrls.get(show.id);
    if (!url) {
      const text = showToIcs(show, { now: Date.now(), domain: location.hostname, url: show.streamUrl ?? show.replayUrl });
      url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      this.icsUrls.set(show.id, url);
    }
    return url;
  }

  /** The clock drives the countdown: the next render is due at the next whole second or the next start/end. */
  private scheduleTick(shows: readonly ScheduledShow[], now: number): void {
    clearTimeout(this.timer);
    const changes = shows.flatMap((show) => [show.start, show.end]).filter((time) => time > now);
    if (!changes.length || !this.isConnected) return;
    const nextChange = Math.min(...changes) - now;
    this.timer = setTimeout(() => this.requestUpdate(), Math.max(20, Math.min(1000 - (now % 1000), nextChange)));
  }

  protected override updated(): void {
    if (this.loaded && 'shows' in this.loaded) this.scheduleTick(this.loaded.shows, this.renderedAt);
  }

  /** The show's state, with a start that passed but a stream that does not answer yet still "starting soon". */
  private statusOf(show: ScheduledShow, now: number): ShowStatus {
    const status = showStatus(show, now);
    return status === 'live' && !this.streams.isUp(show.streamUrl!, show.end) ? 'starting-soon' : status;
  }

  /** A show that went live hands its stream to the named player (if it has none yet) and is announced once. */
  private goneLive(show: ScheduledShow): void {
    if (this.announcedLive.has(show.id) || !show.streamUrl) return;
    this.announcedLive.add(show.id);
    const player = this.player ? document.getElementById(this.player) : null;
    if (player?.localName === 'shoplive-player' && !player.getAttribute('src')) {
      player.setAttribute('src', show.streamUrl);
      if (show.replayUrl) player.setAttribute('replay-src', show.replayUrl);
    }
    this.emit(SCHEDULE_EVENTS.showLive, { showId: show.id, streamUrl: show.streamUrl });
  }

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    const { locale, dir } = this.i18n;
    const loaded = this.loaded;
    if (!loaded) return nothing;
    if ('failed' in loaded) return html`<p part="error" class="message" role="alert" lang=${locale} dir=${dir}>${t('schedule.loadFailed')}</p>`;
    const now = (this.renderedAt = Date.now());
    const next = loaded.shows.find((show) => show.start > now);
    const details = (show: ScheduledShow) => show.streamUrl ?? '';
    return html`<section class="schedule" lang=${locale} dir=${dir} aria-label=${t('schedule.label')}>
      <h2 class="heading">${t('schedule.label')}</h2>
      ${loaded.shows.length
        ? html`<ol part="list" class="list">
            ${loaded.shows.map((show) => {
              const status = this.statusOf(show, now);
              if (status === 'live') queueMicrotask(() => this.goneLive(show));
              return renderShow({
                t,
                locale,
                now,
                show,
                status,
                next: show === next,
                ics: () => this.icsUrl(show),
                links: calendarLinks(show, details(show)),
                remind: () => this.emit(SCHEDULE_EVENTS.remindMe, { showId: show.id }),
              });
            })}
          </ol>`
        : html`<p class="message">${t('schedule.empty')}</p>`}
    </section>`;
  }
}
