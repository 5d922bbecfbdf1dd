/** Playback times for the seek bar: a clock for the eye (`1:05`), words for a screen reader ("1 minute, 5 seconds"). */

function parts(seconds: number): [hours: number, minutes: number, seconds: number] {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  return [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
}

/** `m:ss`, or `h:mm:ss` from an hour, in the locale's digits. */
export function clockTime(seconds: number, locale: string): string {
  const [h, m, s] = parts(seconds);
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  return h ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`;
}

/** "1 hour, 2 minutes, 5 seconds", in the locale's words (zero units left out, "0 seconds" when all are). */
export function spokenTime(seconds: number, locale: string): string {
  const [h, m, s] = parts(seconds);
  const unit = (value: number, name: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const words = [h ? unit(h, 'hour') : '', m ? unit(m, 'minute') : '', s || (!h && !m) ? unit(s, 'second') : ''].filter(Boolean);
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
