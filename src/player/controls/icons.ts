import { svg, type SVGTemplateResult } from 'lit';

/** Inline SVG icons: no icon font, no network, nothing a Content-Security-Policy could block. */
function icon(path: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;
}

export const icons = {
  play: icon(svg`<path d="M8 5v14l11-7z"/>`),
  pause: icon(svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`),
  volume: icon(svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>`),
  muted: icon(svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z"/>`),
  quality: icon(svg`<path d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.3 7.3 0 0 0-1.7-1L15 3h-4l-.4 2.7a7.3 7.3 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.3 7.3 0 0 0 1.7 1L11 21h4l.4-2.7a7.3 7.3 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"/>`),
  subtitles: icon(svg`<path d="M19 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm-8 7H9.5v-.5h-2v3h2V13H11v1a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1zm7 0h-1.5v-.5h-2v3h2V13H18v1a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1z"/>`),
  pip: icon(svg`<path d="M19 11h-8v6h8v-6zm4 8V5a2 2 0 0 0-2-2H3a2 2 0 0 0-2 2v14c0 1.1.9 2 2 2h18a2 2 0 0 0 2-2zm-2 0H3V5h18v14z"/>`),
  fullscreen: icon(svg`<path d="M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z"/>`),
  signal: icon(svg`<rect x="3" y="16" width="3.5" height="5" rx="1"/><rect x="8.5" y="12" width="3.5" height="9" rx="1"/><rect x="14" y="8" width="3.5" height="13" rx="1"/><rect x="19.5" y="3" width="3.5" height="18" rx="1"/>`),
  speed: icon(svg`<path d="M12 4a9 9 0 0 0-7.8 13.5l1.7-1A7 7 0 1 1 19 12a7 7 0 0 1-.9 3.5l1.7 1A9 9 0 0 0 12 4zm3.5 4.1-4.6 4.2a1.5 1.5 0 1 0 2.1 2.1l4.2-4.6z"/>`),
  exitFullscreen: icon(svg`<path d="M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z"/>`),
};
