/** Why a URL from an attribute or from data was refused. */
export type UrlProblem = 'missing' | 'malformed' | 'unsafe-scheme' | 'credentials' | 'cross-origin';

export type CheckedUrl = { ok: true; url: URL } | { ok: false; problem: UrlProblem; input: string };

export interface UrlOptions {
  /** Accept only URLs on this origin (`https://shop.example`): what a shop's own endpoints must be. */
  origin?: string;
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);

/** Longer than any URL a browser or CDN takes seriously; parsing megabytes of "URL" is itself the attack. */
export const MAX_URL_LENGTH = 4096;

/** What each problem means, for messages ("… is not a usable URL: it carries a user name or password"). */
export const URL_PROBLEMS: Readonly<Record<UrlProblem, string>> = {
  missing: 'it is empty',
  malformed: 'it is not a URL',
  'unsafe-scheme': 'only http(s) is allowed',
  credentials: 'it carries a user name or password',
  'cross-origin': 'it leaves this site',
};

/**
 * Resolves a URL that came from markup or data against the page and accepts only http(s):
 * `javascript:`, `data:` and friends never reach a request, a `src` or an `href`. A URL with credentials
 * (`https://shop.example@evil.test/`) is refused: it reads as one host and goes to another. With `origin`, a URL
 * that resolves anywhere else (a protocol-relative `//evil.test/`, `/\evil.test`) is refused too.
 */
export function checkUrl(input: string | null | undefined, base: string = document.baseURI, options: UrlOptions = {}): CheckedUrl {
  const raw = (typeof input === 'string' ? input : '').trim();
  if (!raw) return { ok: false, problem: 'missing', input: raw };
  if (raw.length > MAX_URL_LENGTH) return { ok: false, problem: 'malformed', input: `${raw.slice(0, 80)}…` };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, problem: 'malformed', input: raw };
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) return { ok: false, problem: 'unsafe-scheme', input: raw };
  // A bare word like "not a url" resolves as a relative path; spaces in it betray a typo, not a file name.
  if (/\s/.test(raw)) return { ok: false, problem: 'malformed', input: raw };
  if (url.username || url.password) return { ok: false, problem: 'credentials', input: raw };
  if (options.origin !== undefined && url.origin !== options.origin) return { ok: false, problem: 'cross-origin', input: raw };
  return { ok: true, url };
}
