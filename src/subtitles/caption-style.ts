import { readStored, writeStored } from '../internal/stored.js';

/** Four text sizes (the player's captions scale with its height; these multiply that). */
export const CAPTION_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
/** Text colours, each at least 4.5:1 over both backgrounds even on a white frame (docs/phone.md). */
export const CAPTION_COLORS = ['white', 'yellow', 'cyan', 'green'] as const;
export const CAPTION_BACKGROUNDS = ['none', 'translucent', 'solid'] as const;
export const CAPTION_POSITIONS = ['bottom', 'top'] as const;

export type CaptionSize = (typeof CAPTION_SIZES)[number];
export type CaptionColor = (typeof CAPTION_COLORS)[number];
export type CaptionBackground = (typeof CAPTION_BACKGROUNDS)[number];
export type CaptionPosition = (typeof CAPTION_POSITIONS)[number];

export interface CaptionStyle {
  size: CaptionSize;
  color: CaptionColor;
  background: CaptionBackground;
  position: CaptionPosition;
}

export const DEFAULT_CAPTION_STYLE: CaptionStyle = { size: 'medium', color: 'white', background: 'translucent', position: 'bottom' };

/** Kept on this device only (never sent anywhere), for a year from the last change. */
export const CAPTION_STYLE_KEY = 'shoplive:caption-style';
const VERSION = 1;
const MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;
/** Where the text size was kept before the caption style had its own record. */
const LEGACY_KEY = 'shoplive:subtitles';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Typed read-back: every field must be one of its choices, or the record is dropped (stored.ts warns once). */
function checkStyle(fields: Record<string, unknown>): CaptionStyle | undefined {
  const size = oneOf(CAPTION_SIZES, fields['size']);
  const color = oneOf(CAPTION_COLORS, fields['color']);
  const background = oneOf(CAPTION_BACKGROUNDS, fields['background']);
  const position = oneOf(CAPTION_POSITIONS, fields['position']);
  return size && color && background && position ? { size, color, background, position } : undefined;
}

function legacySize(): CaptionSize | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? '{}') as { size?: unknown } | null;
    return oneOf(CAPTION_SIZES, stored?.size);
  } catch {
    return undefined;
  }
}

function read(): CaptionStyle {
  const stored = readStored(CAPTION_STYLE_KEY, { version: VERSION, maxAgeMs: MAX_AGE_MS }, checkStyle);
  return stored ?? { ...DEFAULT_CAPTION_STYLE, size: legacySize() ?? DEFAULT_CAPTION_STYLE.size };
}

let current: CaptionStyle | undefined;
const listeners = new Set<(style: CaptionStyle) => void>();
let listening = false;

/** Another tab or frame of the shop changed the style: every player here follows. */
const onStorage = (event: StorageEvent) => {
  if (event.key !== null && event.key !== CAPTION_STYLE_KEY && event.key !== LEGACY_KEY) return;
  current = read();
  listeners.forEach((listener) => listener(current!));
};

export function captionStyle(): CaptionStyle {
  return (current ??= read());
}

/** The shopper's choice: saved on this device and applied at once to every player of the page (and, by the storage
 * event, of the shop's other tabs). */
export function setCaptionStyle(change: Partial<CaptionStyle>): CaptionStyle {
  const next = checkStyle({ ...captionStyle(), ...change }) ?? captionStyle();
  current = next;
  writeStored(CAPTION_STYLE_KEY, VERSION, { ...next });
  listeners.forEach((listener) => listener(next));
  return next;
}

export function onCaptionStyle(listener: (style: CaptionStyle) => void): () => void {
  listeners.add(listener);
  if (!listening) {
    listening = true;
    window.addEventListener('storage', onStorage);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && listening) {
      listening = false;
      window.removeEventListener('storage', onStorage);
    }
  };
}

/** Forget what was read: the next reader reads the device's record again. */
export function rereadCaptionStyle(): void {
  current = undefined;
}
