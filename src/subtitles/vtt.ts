/**
 * A small WebVTT reader: cue timings and plain text (markup such as <v Name>, <i>, <c.x> is dropped, entities
 * decoded), plus the HLS `X-TIMESTAMP-MAP` header. Cue settings and styling are ignored on purpose: the overlay draws
 * every caption the same way. Broken cues are skipped and reported, never fatal.
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
}

export class VttError extends Error {
  override name = 'VttError';
}

const TIMESTAMP = /^(?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3})$/;

export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes, seconds, millis] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

/** Cue payload to plain text: tags out, entities in. The result is later set as textContent, never as HTML. */
export function cueText(payload: string): string {
  return payload
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

export function parseVtt(input: string): VttDocument {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t].*)?(?:\n|$)/.test(text)) throw new VttError('not a WebVTT file (missing "WEBVTT" header)');
  const blocks = text.split(/\n{2,}/);
  const document: VttDocument = { cues: [], warnings: [] };

  const header = blocks.shift()!;
  const map = /X-TIMESTAMP-MAP=([^\n]*)/.exec(header);
  if (map) {
    const mpegts = /MPEGTS:(\d+)/.exec(map[1]!);
    const local = /LOCAL:([\d:.,]+)/.exec(map[1]!);
    const localSeconds = local ? parseTimestamp(local[1]!) : 0;
    if (mpegts && localSeconds !== null) document.timestampMap = { mpegts: Number(mpegts[1]), local: localSeconds };
    else document.warnings.push(`ignored malformed X-TIMESTAMP-MAP "${map[1]}"`);
  }

  blocks.forEach((block, index) => {
    const lines = block.split('\n').filter((line) => line.length);
    if (!lines.length || /^(NOTE|STYLE|REGION)(\s|$)/.test(lines[0]!)) return;
    const timingAt = lines.findIndex((line) => line.includes('-->'));
    if (timingAt < 0 || timingAt > 1) {
      document.warnings.push(`block ${index + 1}: no cue timing line`);
      return;
    }
    const [from = '', rest = ''] = lines[timingAt]!.split('-->');
    const start = parseTimestamp(from);
    const end = parseTimestamp(rest.trim().split(/\s+/)[0] ?? '');
    if (start === null || end === null || end <= start) {
      document.warnings.push(`block ${index + 1}: bad timing "${lines[timingAt]}"`);
      return;
    }
    const body = cueText(lines.slice(timingAt + 1).join('\n'));
    if (!body) return;
    const id = timingAt === 1 ? lines[0]! : `${start}-${end}-${body}`;
    document.cues.push({ id, start, end, text: body });
  });
  return document;
}
