/** Show times in the shopper's own zone and language, with the zone's name (Intl only; pure but for the clock). */

const dateTime = (locale: string, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'long', ...(timeZone ? { timeZone } : {}) });

/** "Sunday, March 14 at 1:30 AM Pacific Standard Time" (in the shopper's zone unless `timeZone` is given). */
export function formatStart(ms: number, locale: string, timeZone?: string): string {
  return dateTime(locale, timeZone).format(ms);
}

/** The end, as a time with its zone ("3:30 AM Pacific Daylight Time": a show may cross a daylight-saving change). */
export function formatEnd(ms: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZoneName: 'long', ...(timeZone ? { timeZone } : {}) }).format(ms);
}

/** "2 days, 3 hours", "1 hour, 5 minutes", "4 minutes, 9 seconds": the two largest units left. */
export function formatCountdown(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const units: Array<[string, number]> = [
    ['day', Math.floor(total / 86400)],
    ['hour', Math.floor((total % 86400) / 3600)],
    ['minute', Math.floor((total % 3600) / 60)],
    ['second', total % 60],
  ];
  const first = units.findIndex(([, value]) => value > 0);
  const shown = first < 0 ? [units[3]!] : units.slice(first, first + 2).filter(([, value], index) => index === 0 || value > 0);
  const words = shown.map(([unit, value]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
