import type { ScheduledShow } from './show-data.js';

/**
 * An RFC 5545 calendar with one event per show: UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY, URL, DESCRIPTION;
 * text escaped (backslash, semicolon, comma, newline), lines folded at 75 octets, CRLF line ends. Pure.
 */

/** `20270314T093000Z` */
export function icsTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into 75-octet pieces (continuations start with a space), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > (pieces.length ? 74 : 75)) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now: number;
  /** The UID's domain part: the host page's (`shop.example`). */
  domain: string;
  /** The show's page (URL), when the host has one; else its stream or replay URL. */
  url?: string | null;
  description?: string;
}

export function showToIcs(show: ScheduledShow, options: IcsOptions): string {
  const url = options.url ?? show.streamUrl ?? show.replayUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//shoplive//schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(`${show.id}@${options.domain || 'shoplive'}`)}`,
    `DTSTAMP:${icsTime(options.now)}`,
    `DTSTART:${icsTime(show.start)}`,
    `DTEND:${icsTime(show.end)}`,
    `SUMMARY:${escapeText(show.title)}`,
    ...(options.description ? [`DESCRIPTION:${escapeText(options.description)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Links that open the event in the common web calendars, prefilled. */
export function calendarLinks(show: ScheduledShow, details: string): { google: string; outlook: string } {
  const google = new URL('https://calendar.google.com/calendar/render');
  google.search = new URLSearchParams({ action: 'TEMPLATE', text: show.title, dates: `${icsTime(show.start)}/${icsTime(show.end)}`, details }).toString();
  const outlook = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  outlook.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: show.title,
    startdt: new Date(show.start).toISOString(),
    enddt: new Date(show.end).toISOString(),
    body: details,
  }).toString();
  return { google: google.href, outlook: outlook.href };
}
