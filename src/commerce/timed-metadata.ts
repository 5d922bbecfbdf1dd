import { stripInvisible } from '../internal/text.js';

/**
 * Which product the seller is presenting, read from the stream itself. Pure functions: they take what an engine
 * hands over and return a product cue, or null for anything else (never throw: metadata is untrusted input).
 *
 * - HLS `#EXT-X-DATERANGE` with CLASS `com.shoplive.product` (or no CLASS) and an `X-PRODUCT-ID` attribute:
 *   `#EXT-X-DATERANGE:ID="p-10",CLASS="com.shoplive.product",START-DATE="…",DURATION=10.000,X-PRODUCT-ID="silk-scarf"`
 * - ID3 (in MPEG-TS or fMP4 segments): a `TXXX` frame whose description is `X-PRODUCT-ID` (value: the id), or a
 *   `PRIV` frame owned by `com.shoplive.product` (data: the id in UTF-8).
 * - RTC data stream: a UTF-8 JSON message `{"type":"product","id":"silk-scarf"}`.
 */
export const PRODUCT_CLASS = 'com.shoplive.product';
export const PRODUCT_ATTRIBUTE = 'X-PRODUCT-ID';

export interface ProductCue {
  /** Stable identity of the cue (the DATERANGE ID), so a range seen in every playlist refresh counts once. */
  key: string;
  productId: string;
  /** Seconds on the media timeline; null when only the wall-clock start is known. */
  start: number | null;
  /** Seconds; null when open-ended (until the next cue). */
  duration: number | null;
  startDate: Date | null;
}

/** What an engine hands the player (the engine contract declares it; the shopping layer reads it). */
export type { TimedMetadata } from '../player/engines/engine.js';

const MAX_ID = 200;

function cleanId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim();
  // Ids are matched exactly: one with control, invisible or bidi characters names nothing (see internal/text.ts).
  return id && id.length <= MAX_ID && stripInvisible(id) === id ? id : null;
}

/** RFC 8216 attribute list: `NAME=value` pairs, values quoted strings or bare tokens; quotes are removed. */
export function parseAttributeList(input: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /\s*([A-Z0-9-]+)=("[^"]*"|[^,]*)\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(input)) && match[0]) {
    const raw = match[2]!;
    attrs[match[1]!] = raw.startsWith('"') ? raw.slice(1, -1) : raw.trim();
  }
  return attrs;
}

/** The attributes of a `#EXT-X-DATERANGE:` line, or null for any other line. */
export function parseDateRangeTag(line: string): Record<string, string> | null {
  const prefix = '#EXT-X-DATERANGE:';
  const trimmed = line.trim();
  return trimmed.startsWith(prefix) ? parseAttributeList(trimmed.slice(prefix.length)) : null;
}

/**
 * A product cue from a DATERANGE: its attributes (as hls.js's `DateRange.attr` holds them, quotes removed) or the
 * tag line itself. `start` is the range's media time when the engine knows it (hls.js: `DateRange.startTime`).
 */
export function productFromDateRange(input: Readonly<Record<string, string | undefined>> | string, start: number | null = null): ProductCue | null {
  const attrs = typeof input === 'string' ? parseDateRangeTag(input) : input;
  if (!attrs) return null;
  if (attrs.CLASS !== undefined && attrs.CLASS !== PRODUCT_CLASS) return null;
  const productId = cleanId(attrs[PRODUCT_ATTRIBUTE]);
  if (!productId) return null;
  const date = attrs['START-DATE'] ? new Date(attrs['START-DATE']) : null;
  const duration = Number(attrs.DURATION ?? attrs['PLANNED-DURATION']);
  return {
    key: attrs.ID ? `daterange:${attrs.ID}` : `daterange:${productId}@${attrs['START-DATE'] ?? ''}`,
    productId,
    start: typeof start === 'number' && Number.isFinite(start) ? start : null,
    duration: Number.isFinite(duration) && duration >= 0 ? duration : null,
    startDate: date && Number.isFinite(date.getTime()) ? date : null,
  };
}

/** The X-PRODUCT-ID of a product DATERANGE that `productFromDateRange` refused (for reporting); null otherwise. */
export function refusedProductId(input: Readonly<Record<string, string | undefined>> | string): string | null {
  const attrs = typeof input === 'string' ? parseDateRangeTag(input) : input;
  const id = attrs?.[PRODUCT_ATTRIBUTE];
  if (!attrs || typeof id !== 'string' || (attrs.CLASS !== undefined && attrs.CLASS !== PRODUCT_CLASS)) return null;
  return cleanId(id) === null ? id : null;
}

export interface Id3Frame {
  /** Frame id: `TXXX`, `PRIV`... */
  key: string;
  /** TXXX description or PRIV owner. */
  info: string;
  /** TXXX value or PRIV data. */
  data: string | Uint8Array;
}

const syncsafe = (bytes: Uint8Array, at: number) => ((bytes[at]! & 0x7f) << 21) | ((bytes[at + 1]! & 0x7f) << 14) | ((bytes[at + 2]! & 0x7f) << 7) | (bytes[at + 3]! & 0x7f);

/** Text of an ID3 text field: encoding byte 0 (Latin-1), 1 (UTF-16 with BOM), 2 (UTF-16BE), 3 (UTF-8). */
function decodeText(encoding: number, bytes: Uint8Array): string {
  const bigEndianBom = bytes[0] === 0xfe && bytes[1] === 0xff;
  const label = encoding === 0 ? 'latin1' : encoding === 1 ? (bigEndianBom ? 'utf-16be' : 'utf-16le') : encoding === 2 ? 'utf-16be' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/\u0000+$/, '');
}

/** Index of the terminator of a string in `encoding` (two zero bytes for UTF-16), or -1. */
function terminator(encoding: number, bytes: Uint8Array, from: number): number {
  const wide = encoding === 1 || encoding === 2;
  for (let i = from; i < bytes.length; i += wide ? 2 : 1) {
    if (bytes[i] === 0 && (!wide || bytes[i + 1] === 0)) return i;
  }
  return -1;
}

/** The TXXX and PRIV frames of an ID3v2.3/2.4 tag (others are skipped); [] for anything that is not one. */
export function readId3Frames(tag: Uint8Array): Id3Frame[] {
  const frames: Id3Frame[] = [];
  if (tag.length < 10 || tag[0] !== 0x49 || tag[1] !== 0x44 || tag[2] !== 0x33) return frames; // "ID3"
  const version = tag[3]!;
  const end = Math.min(tag.length, 10 + syncsafe(tag, 6));
  let at = 10;
  if (tag[5]! & 0x40) at += version === 4 ? syncsafe(tag, 10) : 4 + ((tag[10]! << 24) | (tag[11]! << 16) | (tag[12]! << 8) | tag[13]!);
  while (at + 10 <= end) {
    const key = String.fromCharCode(tag[at]!, tag[at + 1]!, tag[at + 2]!, tag[at + 3]!);
    if (!/^[A-Z0-9]{4}$/.test(key)) break; // padding
    const size = version === 4 ? syncsafe(tag, at + 4) : ((tag[at + 4]! << 24) | (tag[at + 5]! << 16) | (tag[at + 6]! << 8) | tag[at + 7]!) >>> 0;
    const body = tag.subarray(at + 10, Math.min(end, at + 10 + size));
    at += 10 + size;
    if (key === 'TXXX' && body.length > 1) {
      const encoding = body[0]!;
      const split = terminator(encoding, body, 1);
      if (split < 0) continue;
      const skip = encoding === 1 || encoding === 2 ? 2 : 1;
      frames.push({ key, info: decodeText(encoding, body.subarray(1, split)), data: decodeText(encoding, body.subarray(split + skip)) });
    } else if (key === 'PRIV') {
      const split = body.indexOf(0);
      if (split < 0) continue;
      frames.push({ key, info: decodeText(0, body.subarray(0, split)), data: body.slice(split + 1) });
    }
  }
  return frames;
}

/** The product id an ID3 tag carries, as written (not yet checked); null when it names none. */
function id3ProductText(input: Uint8Array | readonly Id3Frame[]): string | null {
  const frames = input instanceof Uint8Array ? readId3Frames(input) : input;
  for (const frame of frames) {
    if ((frame.key === 'TXXX' && frame.info.toUpperCase() === PRODUCT_ATTRIBUTE) || (frame.key === 'PRIV' && frame.info === PRODUCT_CLASS)) {
      return typeof frame.data === 'string' ? frame.data : new TextDecoder().decode(frame.data);
    }
  }
  return null;
}

/** The product id in an ID3 tag (raw bytes, e.g. hls.js's FRAG_PARSING_METADATA `sample.data`) or in parsed frames. */
export function productFromId3(input: Uint8Array | readonly Id3Frame[]): string | null {
  return cleanId(id3ProductText(input));
}

const MAX_MESSAGE_BYTES = 4096;

/** The `id` of an RTC data-stream message `{"type":"product","id":…}`, as sent; undefined for any other message. */
function dataMessageProductId(input: Uint8Array | string): unknown {
  if (typeof input !== 'string') {
    // Cheap rejection of binary messages (speech-to-text protobufs share the stream): JSON starts with "{".
    let first = 0;
    while (first < input.length && (input[first] === 0x20 || input[first] === 0x0a || input[first] === 0x0d || input[first] === 0x09)) first++;
    if (input[first] !== 0x7b || input.length > MAX_MESSAGE_BYTES) return undefined;
  } else if (input.length > MAX_MESSAGE_BYTES) {
    return undefined;
  }
  try {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
    const message = JSON.parse(text) as { type?: unknown; id?: unknown } | null;
    return message && typeof message === 'object' && message.type === 'product' ? message.id : undefined;
  } catch {
    return undefined;
  }
}

/** The product id in an RTC data-stream message `{"type":"product","id":"…"}`; null for anything else (STT, other apps). */
export function productFromDataMessage(input: Uint8Array | string): string | null {
  return cleanId(dataMessageProductId(input));
}

/**
 * What a product cue from an ID3 tag or a data message named, when that is not a usable id (for reporting): the
 * value as text, or null when the cue is fine or is no product cue at all.
 */
export function refusedCueId(metadata: { kind: 'id3'; data: Uint8Array } | { kind: 'data-message'; bytes: Uint8Array | string }): string | null {
  const raw = metadata.kind === 'id3' ? id3ProductText(metadata.data) : dataMessageProductId(metadata.bytes);
  if (raw === undefined || raw === null) return null;
  if (cleanId(raw) !== null) return null;
  try {
    return typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  } catch {
    return typeof raw;
  }
}

/**
 * Product cues on the media timeline: the product on screen at a time is the one of the latest cue that started at
 * or before it (and has not ended). Range tags are repeated in every playlist refresh; a cue is kept once by key.
 */
export class ProductTimeline {
  private cues: Array<ProductCue & { start: number }> = [];

  /** False when the cue was already known or has no media time. */
  add(cue: ProductCue): boolean {
    if (cue.start === null || this.cues.some((known) => known.key === cue.key)) return false;
    this.cues.push({ ...cue, start: cue.start });
    this.cues.sort((a, b) => a.start - b.start);
    if (this.cues.length > 200) this.cues.splice(0, this.cues.length - 200);
    return true;
  }

  /** The cue on screen at `time`, or null. */
  at(time: number): (ProductCue & { start: number }) | null {
    for (let i = this.cues.length - 1; i >= 0; i--) {
      const cue = this.cues[i]!;
      if (cue.start > time) continue;
      return cue.duration === null || time < cue.start + cue.duration ? cue : null;
    }
    return null;
  }

  clear(): void {
    this.cues = [];
  }
}
