import { log } from './log.js';

/**
 * Why input from outside (markup, host code, playlists, subtitle files, the real-time channel) was refused or cut
 * down: `refused-url` (a URL the guard refused), `refused-data` (malformed), `limit-exceeded` (too big or too many),
 * `untrusted-publisher` (real-time video or data from someone other than the seller).
 */
export type RefusalCode = 'refused-url' | 'refused-data' | 'limit-exceeded' | 'untrusted-publisher';

const REFUSAL_CODES: ReadonlySet<string> = new Set<RefusalCode>(['refused-url', 'refused-data', 'limit-exceeded', 'untrusted-publisher']);

export function isRefusal(code: string): code is RefusalCode {
  return REFUSAL_CODES.has(code);
}

export interface Refusal {
  code: RefusalCode;
  message: string;
}

/** Where refusals go: the player prints one warning and sends one non-fatal `shoplive-error` for each. */
export type ReportRefusal = (refusal: Refusal) => void;

/**
 * Reports each distinct refusal once, however often the same input comes back (a live playlist lists the same bad URL
 * on every reload; a flooding publisher sends thousands of messages). `key` names the input that was refused.
 */
export class RefusalLog {
  private readonly seen = new Set<string>();

  constructor(private readonly report: ReportRefusal = defaultReport) {}

  refuse(key: string, code: RefusalCode, message: string): void {
    if (this.seen.has(key) || this.seen.size > MAX_DISTINCT) return;
    this.seen.add(key);
    const last = this.seen.size > MAX_DISTINCT;
    try {
      this.report({ code, message: last ? `${message} (further refusals from this source are not reported)` : message });
    } catch (error) {
      log.error('reporting a refusal failed', error);
    }
  }
}

/** A source that keeps sending distinct bad input is still reported, but not without end. */
const MAX_DISTINCT = 100;

/** Without a player to tell (a source used on its own), a console warning. */
function defaultReport(refusal: Refusal): void {
  log.warn(refusal.message);
}
