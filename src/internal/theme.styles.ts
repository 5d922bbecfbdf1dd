import { css } from 'lit';

/**
 * The default colours every element falls back to when the page sets no `--shoplive-*` property. Chosen to pass
 * WCAG 2.2 AA with no theming: white text on the accent is 5.04:1 and on the "added" green 5.04:1 (the earlier
 * #ff3b5c and #1f8a4c gave 3.48:1 and 4.37:1). A page that picks a lighter accent also picks `--shoplive-on-accent`.
 */
export const DEFAULT_ACCENT = css`#d81a4b`;
/** Text and icons drawn on the accent (`--shoplive-on-accent`). */
export const DEFAULT_ON_ACCENT = css`#fff`;
/** The buy button once the storefront confirmed the add. */
export const DEFAULT_SUCCESS = css`#1a7f45`;
/**
 * The scrim behind controls drawn over video: 62 % black keeps white text at 6.2:1 even over a white frame (the
 * earlier fading gradient left the middle of the bar near 1.5:1).
 */
export const DEFAULT_SCRIM = css`rgb(0 0 0 / 0.62)`;
