import { LIMITS } from '../internal/limits.js';
import { cleanText, stripInvisible } from '../internal/text.js';

/** One product chapter of a recording: where (media time) the seller began presenting a product. */
export interface Chapter {
  /** Identity: the stream cue's key (a DATERANGE ID), or `host:<index>`. */
  key: string;
  productId: string;
  /** Seconds of media time. */
  start: number;
  /** The host's title for it; otherwise the product's own title is shown. */
  title?: string;
}

/** Seconds before a chapter's cue that choosing it plays from, so the shopper hears the introduction. */
export const CHAPTER_LEAD_S = 3;

const MAX_ID = 200;

function cleanId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim();
  return id && id.length <= MAX_ID && stripInvisible(id) === id ? id : null;
}

/**
 * The chapters the host gives (`chapters`: JSON text or an array of `{ productId, start, title? }`, `start` in seconds
 * of the recording). Entries that name no product or no time are dropped and reported; the rest come back in order.
 */
export function parseHostChapters(input: unknown): { chapters: Chapter[]; problems: string[] } {
  const problems: string[] = [];
  let data = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.chaptersJsonChars) return { chapters: [], problems: [`chapters: longer than ${LIMITS.chaptersJsonChars} characters; refused`] };
    try {
      data = JSON.parse(input);
    } catch {
      return { chapters: [], problems: ['chapters: not valid JSON; refused'] };
    }
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { chapters?: unknown }).chapters)) data = (data as { chapters: unknown[] }).chapters;
  if (!Array.isArray(data)) return { chapters: [], problems: ['chapters: expected an array of { productId, start }; refused'] };
  if (data.length > LIMITS.chapters) problems.push(`chapters: more than ${LIMITS.chapters}; the rest are dropped`);
  const chapters: Chapter[] = [];
  data.slice(0, LIMITS.chapters).forEach((entry: unknown, index) => {
    const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const productId = cleanId(record.productId ?? record.product);
    const start = typeof record.start === 'number' ? record.start : Number.NaN;
    if (!productId || !Number.isFinite(start) || start < 0) {
      problems.push(`chapters[${index}]: needs a productId and a start (seconds, 0 or more); dropped`);
      return;
    }
    const title = typeof record.title === 'string' ? cleanText(record.title, LIMITS.chapterTitleChars) : '';
    chapters.push({ key: `host:${index}`, productId, start, ...(title ? { title } : {}) });
  });
  return { chapters: sortChapters(chapters), problems };
}

export function sortChapters(chapters: readonly Chapter[]): Chapter[] {
  return [...chapters].sort((a, b) => a.start - b.start);
}

/**
 * The chapters of the stream, from its product cues: kept once by key (ranges repeat in every playlist refresh),
 * in time order, at most LIMITS.chapters. A cue that repeats the product of the chapter just before it (a re-tag) adds
 * nothing.
 */
export class StreamChapters {
  private chapters: Chapter[] = [];

  /** False when nothing changed. */
  add(chapter: Chapter): boolean {
    if (this.chapters.some((known) => known.key === chapter.key) || this.chapters.length >= LIMITS.chapters) return false;
    const next = sortChapters([...this.chapters, chapter]);
    const at = next.indexOf(chapter);
    if (at > 0 && next[at - 1]!.productId === chapter.productId) return false;
    this.chapters = next;
    return true;
  }

  get list(): readonly Chapter[] {
    return this.chapters;
  }

  clear(): void {
    this.chapters = [];
  }
}

/** Where choosing a chapter plays from: a little before its cue, not before the recording (or the previous chapter). */
export function chapterSeekTime(chapters: readonly Chapter[], chapter: Chapter): number {
  const previous = chapters.filter((other) => other.start < chapter.start).at(-1);
  return Math.max(0, previous ? previous.start : 0, chapter.start - CHAPTER_LEAD_S);
}
