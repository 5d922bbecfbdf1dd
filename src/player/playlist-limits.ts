import { LIMITS, LimitError } from '../internal/limits.js';

/**
 * Throws a LimitError for a playlist too large, or with a line too long, to hand to any parser (ours or hls.js's,
 * whose attribute reader is quadratic in a line's length). One pass, no regular expressions.
 */
export function checkPlaylistSize(text: string): void {
  if (text.length > LIMITS.playlistChars) throw new LimitError(`playlist is larger than ${LIMITS.playlistChars} characters`);
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d) continue; // hls.js ends lines at CR or LF
    const length = i - start;
    if (length > LIMITS.playlistLineChars) throw new LimitError(`playlist line ${line} is ${length} characters long (limit ${LIMITS.playlistLineChars})`);
    start = i + 1;
    if (code === 0x0a || text.charCodeAt(i + 1) !== 0x0a) line++;
  }
}
