import { EVENTS } from '../internal/events.js';
import { log } from '../internal/log.js';
import type { Refusal, ReportRefusal } from '../internal/refusals.js';
import type { ShopliveElement } from '../internal/shoplive-element.js';
import { cleanText, isolate, stripInvisible } from '../internal/text.js';
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

/** Characters of `video-title` read out as the player's label: a show's name, not a page of text. */
export const MAX_TITLE_CHARS = 200;

/**
 * The show's name as the player's accessible label reads it: without bidi, invisible or control characters (a title
 * from a CMS may carry them), on one line, isolated from the sentence around it, and shortened (reported) when longer
 * than `MAX_TITLE_CHARS`. '' when there is none.
 */
export function checkedTitle(title: string, report: ReportRefusal): string {
  const clean = typeof title === 'string' ? stripInvisible(title).replace(/\s+/g, ' ').trim() : '';
  if (!clean) return '';
  if (clean.length > MAX_TITLE_CHARS) {
    report({ code: 'limit-exceeded', message: `video-title is ${clean.length} characters long; shortened to ${MAX_TITLE_CHARS}` });
  }
  return isolate(cleanText(clean, MAX_TITLE_CHARS));
}
