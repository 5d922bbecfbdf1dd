/**
 * Where a recording starts: the player's `start-at` / `start-product` attributes, else the page's own link
 * (`#shoplive-t=90`, `#shoplive-product=silk-scarf`, or the same as query parameters; or a plain media-fragment
 * `#t=90`), which is what "Share this moment" builds when the host gives no template. Pure: strings in, a start out.
 */
export type StartPoint = { at: number } | { product: string } | null;

/** `90`, `90.5`, `1:30`, `1:02:03`, `90s` as seconds; null for anything else. */
export function parseTime(input: string | null | undefined): number | null {
  const text = (input ?? '').trim();
  if (!text || text.length > 16) return null;
  const seconds = /^(\d+(?:\.\d+)?)s?$/.exec(text);
  if (seconds) return Number(seconds[1]);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (!clock) return null;
  const [, h, m, s] = clock;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

const PRODUCT_ID = /^[^\s<>"'`]{1,200}$/;

export function startPoint(attributes: { startAt?: string | null; startProduct?: string | null }, pageUrl: string): StartPoint {
  const product = attributes.startProduct?.trim();
  if (product && PRODUCT_ID.test(product)) return { product };
  const at = parseTime(attributes.startAt);
  if (at !== null) return { at };
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const hash = new URLSearchParams(url.hash.slice(1));
  const read = (name: string) => hash.get(name) ?? url.searchParams.get(name);
  const linkedProduct = read('shoplive-product')?.trim();
  if (linkedProduct && PRODUCT_ID.test(linkedProduct)) return { product: linkedProduct };
  const linkedAt = parseTime(read('shoplive-t')) ?? parseTime(mediaFragmentStart(hash.get('t')));
  return linkedAt === null ? null : { at: linkedAt };
}

/** A media fragment's start (`#t=90`, `#t=npt:90`, `#t=90,120`): only in the hash, a page's own `?t=` is its business. */
function mediaFragmentStart(value: string | null): string | null {
  return value === null ? null : value.replace(/^npt:/, '').split(',')[0]!;
}

/**
 * The "Share this moment" link: the host's template with `{t}` (whole seconds) and `{product}` filled in, URL-encoded,
 * or the page's address with `#shoplive-t=` when there is no template (a moment is a time: the product follows it).
 */
export function shareLink(template: string | undefined, pageUrl: string, position: number, product: string | null): string {
  const t = String(Math.max(0, Math.floor(position)));
  if (template) return template.replaceAll('{t}', t).replaceAll('{product}', encodeURIComponent(product ?? ''));
  const url = new URL(pageUrl);
  url.hash = new URLSearchParams({ 'shoplive-t': t }).toString();
  return url.href;
}
