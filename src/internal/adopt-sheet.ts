/**
 * Adds style sheets to a shadow root once. A constructed sheet belongs to the document that made it: while the
 * element sits in another document (the whole-player picture in picture), adding one throws, and the mover has given
 * the root copies of its own instead, so that is not an error here.
 */
export function adoptSheets(root: ShadowRoot | null | undefined, ...sheets: CSSStyleSheet[]): void {
  if (!root) return;
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (!missing.length) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  } catch {
    // In another document: see above.
  }
}
