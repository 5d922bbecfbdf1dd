import { log } from './log.js';

/**
 * Values the SDK keeps in `localStorage`, read back as untrusted input: storage is shared with every script of the
 * origin, may hold what another version wrote, and may be edited by hand. A record is `{ v, savedAt, ...fields }`;
 * it is used only when its version matches, `savedAt` is a real time, and it is younger than its maximum age. A
 * `savedAt` in the future (a wrong clock, an edited record) is clamped to now and written back, so no record lives
 * longer than its maximum age from the moment it is first read. Anything else is removed, with one warning per bad
 * value.
 * Storage that is disabled or full is not an error: nothing is remembered.
 */
export interface StoredOptions {
  version: number;
  maxAgeMs: number;
}

/** What was already warned about: each bad value once (it is removed, so it only comes back if written again). */
const warned = new Set<string>();
const MAX_WARNED = 100;

/** The longest stored value read: every record the SDK writes is far shorter. */
export const MAX_STORED_CHARS = 8192;

function warnOnce(key: string, raw: string, why: string): void {
  const seen = `${key}\u0000${raw.length}\u0000${raw.slice(0, 200)}`;
  if (warned.has(seen) || warned.size >= MAX_WARNED) return;
  warned.add(seen);
  log.warn(`localStorage "${key}" ${why}; removed.`);
}

/** The record's fields (without `v` and `savedAt`), or undefined. `check` turns them into the caller's type. */
export function readStored<T>(key: string, options: StoredOptions, check: (fields: Record<string, unknown>) => T | undefined): T | undefined {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let data: unknown;
  try {
    // Our records are a few hundred characters; parsing megabytes someone else wrote would stall the page.
    data = raw.length <= MAX_STORED_CHARS ? JSON.parse(raw) : undefined;
  } catch {
    data = undefined;
  }
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const now = Date.now();
  const savedAt = record?.['savedAt'];
  let why: string | null = null;
  if (raw.length > MAX_STORED_CHARS) why = `is longer than ${MAX_STORED_CHARS} characters`;
  else if (!record) why = 'is not a record';
  else if (record['v'] !== options.version) why = `is not version ${options.version}`;
  else if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt <= 0) why = 'has no valid savedAt';
  if (why || !record) {
    warnOnce(key, raw, why ?? 'is not usable');
    removeStored(key);
    return undefined;
  }
  const { v: _version, savedAt: _savedAt, ...fields } = record;
  if (now - (savedAt as number) > options.maxAgeMs) {
    removeStored(key);
    return undefined;
  }
  const value = check(fields);
  if (value === undefined) {
    warnOnce(key, raw, 'holds values out of range or of the wrong type');
    removeStored(key);
    return undefined;
  }
  if ((savedAt as number) > now) write(key, { ...fields, v: options.version, savedAt: now });
  return value;
}

function write(key: string, record: Record<string, unknown>): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Writes `fields` with the version and the time; false when the browser refused (private mode, quota, disabled). */
export function writeStored(key: string, version: number, fields: Record<string, unknown>): boolean {
  return write(key, { ...fields, v: version, savedAt: Date.now() });
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing stored either.
  }
}
