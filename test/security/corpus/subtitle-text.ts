// What a WebVTT cue made of a payload must draw: the reader's own rules (tags out, a few entities in, invisible and
// control characters out), written again here so a change to the reader shows up as a difference.
import { visible } from './probes.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function stripTags(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<', at);
    const close = open < 0 ? -1 : text.indexOf('>', open + 1);
    if (close < 0) return out + text.slice(at);
    out += text.slice(at, open);
    at = close + 1;
  }
}

/** What UTF-8 makes of lone surrogates on the way through the network: U+FFFD. */
export const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The cue text drawn for a payload that came over the network (white space collapsed): '' when nothing is left. */
export function expectedCueText(payload: string): string {
  const decoded = stripTags(wellFormed(payload).replace(/\r\n?/g, '\n')).replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : ENTITIES[name.toLowerCase()] ?? whole,
  );
  return collapse(visible(decoded));
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Builds a WebVTT file: the payload's cue and a marker cue, both from `start` for 25 s. */
export function vttFile(name: string, text: string, start: number): string {
  const stamp = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
  return `WEBVTT\n\npayload\n${stamp(start)} --> ${stamp(start + 25)}\n${text}\n\nmarker\n${stamp(start)} --> ${stamp(start + 25)}\ncorpus marker ${name}\n`;
}

/** The report a refused cue payload must get, by the limit it runs into (src/internal/limits.ts). */
export function cueLimitReport(text: string): RegExp {
  // The file or segment around the payload is bigger still: a payload of a megabyte makes it too big to read.
  if (new TextEncoder().encode(text).length >= 1024 * 1024) return /refused(: | segment \d+: )the response is larger than 1 MB$/;
  if (text.split(/\r\n?|\n/).some((line) => line.length > 4096)) return /: 1 cue\(s\) with a line over 4096 characters were skipped$/;
  return /: cue text cut to 500 characters$/;
}
