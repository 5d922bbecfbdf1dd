import { EVENTS } from '../internal/events.js';
import { log } from '../internal/log.js';
import type { Refusal, ReportRefusal } from '../internal/refusals.js';
import type { ShopliveElement } from '../internal/shoplive-element.js';
import { cleanText } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';

/** A refusal, told once: one console warning and one non-fatal `shoplive-error` from the element. */
export function reportFrom(element: ShopliveElement): ReportRefusal {
  return (refusal: Refusal) => {
    log.warn(refusal.message);
    element.emit(EVENTS.error, { code: refusal.code, message: refusal.message, fatal: false });
  };
}

/** The poster to show: an http(s) URL, or '' when there is none or it was refused (and reported). */
export function checkedPoster(poster: string, report: ReportRefusal): string {
  if (!poster?.trim()) return '';
  const checked = checkUrl(poster);
  if (checked.ok) return checked.url.href;
  report({ code: 'refused-url', message: `poster "${cleanText(poster, 80)}" refused (${checked.problem}); no poster is shown` });
  return '';
}
