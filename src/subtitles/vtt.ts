import { LIMITS, LimitError } from '../internal/limits.js';
import { readTextLimited } from '../internal/read-limited.js';
import { cleanText, stripInvisible } from '../internal/text.js';

/**
 * A small WebVTT reader: cue timings and plain text (markup such as <v Name>, <i>, <c.x> is dropped, entities
 * decoded), plus the HLS `X-TIMESTAMP-MAP` header. Cue settings and styling are ignored on purpose: the overlay draws
 * every caption the same way. Broken cues are skipped and reported, never fatal. Every pass is linear in the input,
 * and the file size, line length and cue count are bounded (src/internal/limits.ts).
 */
export interface VttCue {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface VttDocument {
  cues: VttCue[];
  /** HLS: the MPEG-TS timestamp (90 kHz) that local time `local` (seconds) corresponds to. */
  timestampMap?: { mpegts: number; local: number };
  warnings: string[];
  /** Limits the file ran into (a line too long, too many cues): what was left out, for one report per file. */
  limits: string[];
}

export interface VttOptions {
  /** Cues to read at most; the rest are dropped (one `limits` entry). */
  maxCues?: number;
}

export class VttError extends Error {
  override name = 'VttError';
}

/** Warnings kept per file; the rest are counted. */
const MAX_WARNINGS = 10;

const TIMESTAMP = /^(?:(\d{1,9}):)?([0-5]\d):([0-5]\d)[.,](\d{3})$/;

export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes, seconds, millis] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };
/** Bounded quantifiers: each `&` is looked at over at most a dozen characters. */
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi;

/** Drops every `<…>` tag in one pass; a `<` with no `>` after it is text (as the regular expression had it). */
function stripTags(payload: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = payload.indexOf('<', at);
    if (open < 0) return out + payload.slice(at);
    const close = payload.indexOf('>', open + 1);
    // No '>' after this '<' means none after any later '<' either: the rest is text.
    if (close < 0) return out + payload.slice(at);
    out += payload.slice(at, open);
    at = close + 1;
  }
}

/**
 * Cue payload to plain text: tags out, entities in, invisible and direction controls out. The result is later set as
 * textContent, never as HTML (and clamped to the cue text limit by the cue store).
 */
export function cueText(payload: string): string {
  const decoded = stripTags(payload).replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
  return stripInvisible(decoded).trim();
}

/** A piece of input quoted in a warning: short, and unable to reorder the console line around it. */
const quote = (text: string) => `"${cleanText(text, 80)}${text.length > 80 ? '…' : ''}"`;

export function parseVtt(input: string, options: VttOptions = {}): VttDocument {
  const maxCues = options.maxCues ?? LIMITS.vttCues;
  if (input.length > LIMITS.vttBytes) throw new LimitError(`WebVTT file is larger than ${LIMITS.vttBytes} characters`);
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(text)) throw new VttError('not a WebVTT file (missing "WEBVTT" header)');
  const blocks = text.split(/\n{2,}/);
  const document: VttDocument = { cues: [], warnings: [], limits: [] };
  let broken = 0;
  const warn = (warning: string) => {
    // A file of nothing but broken blocks must not flood the console: the first few, then a count.
    if (++broken <= MAX_WARNINGS) document.warnings.push(warning);
  };

  const header = blocks.shift()!;
  const map = /X-TIMESTAMP-MAP=([^\n]{0,200})/.exec(header);
  if (map) {
    const mpegts = /MPEGTS:(\d{1,15})/.exec(map[1]!);
    const local = /LOCAL:([\d:.,]{1,20})/.exec(map[1]!);
    const localSeconds = local ? parseTimestamp(local[1]!) : 0;
    if (mpegts && localSeconds !== null) document.timestampMap = { mpegts: Number(mpegts[1]), local: localSeconds };
    else warn(`ignored malformed X-TIMESTAMP-MAP ${quote(map[1]!)}`);
  }

  let longLines = 0;
  for (let index = 0; index < blocks.length; index++) {
    const lines = blocks[index]!.split('\n').filter((line) => line.length);
    if (!lines.length || /^(NOTE|STYLE|REGION)(\s|$)/.test(lines[0]!)) continue;
    if (lines.some((line) => line.length > LIMITS.vttLineChars)) {
      longLines++;
      continue;
    }
    const timingAt = lines.findIndex((line) => line.includes('-->'));
    if (timingAt < 0 || timingAt > 1) {
      warn(`block ${index + 1}: no cue timing line`);
      continue;
    }
    const [from = '', rest = ''] = lines[timingAt]!.split('-->');
    const start = parseTimestamp(from);
    const end = parseTimestamp(rest.trim().split(/\s+/)[0] ?? '');
    if (start === null || end === null || end <= start) {
      warn(`block ${index + 1}: bad timing ${quote(lines[timingAt]!)}`);
      continue;
    }
    const body = cueText(lines.slice(timingAt + 1).join('\n'));
    if (!body) continue;
    if (document.cues.length === maxCues) {
      document.limits.push(`only the first ${maxCues} cues were read`);
      break;
    }
    const id = timingAt === 1 ? cleanText(lines[0]!, LIMITS.cueIdChars) : `${start}-${end}-${body}`;
    document.cues.push({ id, start, end, text: body });
  }
  if (broken > MAX_WARNINGS) document.warnings.push(`${broken - MAX_WARNINGS} more broken blocks skipped`);
  if (longLines) document.limits.push(`${longLines} cue(s) with a line over ${LIMITS.vttLineChars} characters were skipped`);
  return document;
}

/** A WebVTT file or segment, as text, within the size limit (ResponseTooLarge beyond it, the download cancelled). */
export function readVtt(response: Response): Promise<string> {
  return readTextLimited(response, LIMITS.vttBytes);
}
