import { cleanText, stripInvisible } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';

/** One upcoming (or live, or past) show, checked: plain text, real instants, guarded URLs. */
export interface ScheduledShow {
  id: string;
  title: string;
  /** Instants (ms since the epoch). */
  start: number;
  end: number;
  /** The seller's IANA time zone (`Asia/Shanghai`), when given and known to the browser. */
  sellerTimeZone: string | null;
  streamUrl: string | null;
  replayUrl: string | null;
  productIds: string[];
  image: string | null;
}

/** What a `schedule-src` file may hold (docs/schedule.md). */
export const SCHEDULE_LIMITS = {
  /** The JSON file, in bytes. Refused. */
  bytes: 256 * 1024,
  /** Shows listed; later ones are dropped. */
  shows: 100,
  titleChars: 200,
  idChars: 100,
  /** Featured product ids per show; the rest are dropped. */
  products: 50,
  /** A show longer than this is refused (a typo in `end`). */
  durationMs: 24 * 3600_000,
} as const;

/** ISO 8601 with a date, a time and a zone (`Z` or `±hh:mm`): an instant, not a wall-clock time somewhere. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function instant(value: unknown): number | null {
  if (typeof value !== 'string' || !INSTANT.test(value.trim())) return null;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? time : null;
}

function timeZone(value: unknown): string | null {
  if (typeof value !== 'string' || !value || value.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function id(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  return text && text.length <= SCHEDULE_LIMITS.idChars && stripInvisible(text) === text ? text : null;
}

/**
 * The shows of a schedule file (`{ "shows": [...] }` or an array): each entry checked on its own, refused entries
 * reported (`problems`) and left out, the rest sorted by start. Text stays text; URLs pass the URL guard.
 */
export function parseSchedule(data: unknown, base: string): { shows: ScheduledShow[]; problems: string[] } {
  const problems: string[] = [];
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { shows?: unknown }).shows) ? (data as { shows: unknown[] }).shows : null;
  if (!list) return { shows: [], problems: ['schedule: expected { "shows": [...] } or an array of shows'] };
  if (list.length > SCHEDULE_LIMITS.shows) problems.push(`schedule: more than ${SCHEDULE_LIMITS.shows} shows; the rest are dropped`);
  const shows: ScheduledShow[] = [];
  const seen = new Set<string>();
  list.slice(0, SCHEDULE_LIMITS.shows).forEach((entry: unknown, index) => {
    const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const where = `shows[${index}]`;
    const showId = id(record.id);
    const start = instant(record.start);
    const end = instant(record.end);
    const title = typeof record.title === 'string' ? cleanText(record.title, SCHEDULE_LIMITS.titleChars) : '';
    if (!showId || seen.has(showId)) return void problems.push(`${where}: needs a unique id; dropped`);
    if (!title) return void problems.push(`${where}: needs a title; dropped`);
    if (start === null || end === null) return void problems.push(`${where}: start and end must be ISO 8601 instants with a zone (2026-03-14T09:30:00Z); dropped`);
    if (!(end > start) || end - start > SCHEDULE_LIMITS.durationMs) return void problems.push(`${where}: end must come after start, within 24 hours; dropped`);
    const url = (key: string) => {
      if (record[key] == null || record[key] === '') return null;
      const checked = checkUrl(typeof record[key] === 'string' ? record[key] : '', base);
      if (checked.ok) return checked.url.href;
      problems.push(`${where}.${key}: refused (${URL_PROBLEMS[checked.problem]})`);
      return null;
    };
    const products = Array.isArray(record.products) ? record.products : [];
    if (products.length > SCHEDULE_LIMITS.products) problems.push(`${where}.products: more than ${SCHEDULE_LIMITS.products}; the rest are dropped`);
    const zone = timeZone(record.timeZone);
    if (record.timeZone != null && !zone) problems.push(`${where}.timeZone: not a time zone this browser knows; ignored`);
    seen.add(showId);
    shows.push({
      id: showId,
      title,
      start,
      end,
      sellerTimeZone: zone,
      streamUrl: url('streamUrl'),
      replayUrl: url('replayUrl'),
      productIds: products.slice(0, SCHEDULE_LIMITS.products).map(id).filter((product): product is string => product !== null),
      image: url('image'),
    });
  });
  shows.sort((a, b) => a.start - b.start);
  return { shows, problems };
}

export type ShowStatus = 'upcoming' | 'live' | 'starting-soon' | 'ended';

/** Where a show stands at `now`: live only with a stream to watch; a start passed without one is "starting soon". */
export function showStatus(show: ScheduledShow, now: number): ShowStatus {
  if (now >= show.end) return 'ended';
  if (now < show.start) return 'upcoming';
  return show.streamUrl ? 'live' : 'starting-soon';
}
