/** Why a URL from an attribute or from data was refused. */
export type UrlProblem = 'missing' | 'malformed' | 'unsafe-scheme';

export type CheckedUrl = { ok: true; url: URL } | { ok: false; problem: UrlProblem; input: string };

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);

/**
 * Resolves a URL that came from markup or data against the page and accepts only http(s):
 * `javascript:`, `data:` and friends never reach a request, a `src` or an `href`.
 */
export function checkUrl(input: string | null | undefined, base: string = document.baseURI): CheckedUrl {
  const raw = (input ?? '').trim();
  if (!raw) return { ok: false, problem: 'missing', input: raw };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, problem: 'malformed', input: raw };
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) return { ok: false, problem: 'unsafe-scheme', input: raw };
  // A bare word like "not a url" resolves as a relative path; spaces in it betray a typo, not a file name.
  if (/\s/.test(raw)) return { ok: false, problem: 'malformed', input: raw };
  return { ok: true, url };
}
