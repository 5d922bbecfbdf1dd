import { parseRatio } from '../layout/ratio.js';

/**
 * Reserves each element's box before its code has loaded, so the page does not jump when it upgrades. A constructable
 * stylesheet is used because a strict Content-Security-Policy blocks injected <style> elements but not the CSSOM.
 * Returns the sheet (null where the browser has none), for the rules of single elements.
 */
export function reserveSpace(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Very old browsers: the page shifts once, nothing breaks.
    return null;
  }
}

/** More distinct `aspect-ratio` values than a page has players is no page: the rest keep the default box. */
const MAX_RATIO_RULES = 16;

/**
 * A reserver for `tag`'s `aspect-ratio` attribute (`9/16`, `9:16`, `0.5625`; anything else keeps the default box):
 * one rule per distinct value, `tag[aspect-ratio="…"]:not(:defined) { aspect-ratio: w / h }`, the same shape the
 * defined element takes from the attribute, so a vertical show does not jump from 16:9 when its code arrives. A value
 * parseRatio accepts holds only digits, dots, `/`, `:` and spaces: nothing that could leave the quoted selector.
 */
export function ratioReserver(sheet: CSSStyleSheet | null, tag: string): (element: Element) => void {
  const seen = new Set<string>();
  return (element) => {
    const text = element.getAttribute('aspect-ratio')!;
    const ratio = parseRatio(text);
    if (!sheet || !ratio || seen.has(text) || seen.size >= MAX_RATIO_RULES) return;
    seen.add(text);
    try {
      sheet.insertRule(`${tag}[aspect-ratio="${text}"]:not(:defined){aspect-ratio:${ratio.width}/${ratio.height}}`);
    } catch {
      // A value CSS cannot spell (a line break inside it): the default box.
    }
  };
}
