import type { MenuItem } from './menu.js';

/** The speeds offered for recordings, as most video players offer them. */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** Speeds as menu items (`1.5×` in the locale's digits; 1 is "Normal"). */
export function speedItems(current: number, locale: string, normal: string): MenuItem[] {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return PLAYBACK_RATES.map((rate) => ({ value: String(rate), text: rate === 1 ? normal : `${format.format(rate)}×`, checked: Math.abs(rate - current) < 0.01 }));
}
