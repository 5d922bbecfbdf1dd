import { log } from '../../internal/log.js';
import { cleanText } from '../../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../../internal/url-guard.js';

const refusedUrls = new Set<string>();

/**
 * URLs are checked again where they are used: store data written around validation (a host script, another copy of
 * the SDK) gets no `href` or `src` either. Each refused URL is reported once.
 */
export function safeUrl(url: string | undefined): string | null {
  const checked = url ? checkUrl(url) : null;
  if (checked && !checked.ok && !refusedUrls.has(checked.input)) {
    refusedUrls.add(checked.input);
    log.warn(`a product URL "${cleanText(checked.input, 120)}" was not used: ${URL_PROBLEMS[checked.problem]}.`);
  }
  return checked?.ok ? checked.url.href : null;
}
