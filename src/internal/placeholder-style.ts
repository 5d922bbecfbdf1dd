/**
 * Reserves each element's box before its code has loaded, so the page does not jump when it upgrades. A constructable
 * stylesheet is used because a strict Content-Security-Policy blocks injected <style> elements but not the CSSOM.
 */
export function reserveSpace(css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Very old browsers: the page shifts once, nothing breaks.
  }
}
