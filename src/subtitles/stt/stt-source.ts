import { LIMITS } from '../../internal/limits.js';
import { log } from '../../internal/log.js';
import { RefusalLog } from '../../internal/refusals.js';
import type { CueStore } from '../cue-store.js';
import { isLanguageTag } from '../cue.js';
import type { CueSource } from '../sources/source.js';
import { decodeSttMessage, type SttText } from './stt-message.js';

/** How long a finished sentence stays up, at least, and per character (reading time). */
const LINGER_MIN_S = 2.5;
const LINGER_PER_CHAR_S = 0.06;
/** An interim line disappears if the transcriber goes quiet without finishing it. */
const INTERIM_TIMEOUT_S = 5;

/** Languages written without spaces between words. */
const UNSPACED = /^(zh|ja|th|lo|km|my)\b/i;

function joinWords(words: { text: string }[], lang: string): string {
  const texts = words.map((word) => word.text).filter(Boolean);
  const spaced = texts.some((text) => /^\s|\s$/.test(text));
  return (spaced || UNSPACED.test(lang) ? texts.join('') : texts.join(' ')).replace(/\s+/g, ' ').trim();
}

interface Line {
  id: string;
  start: number;
}

/**
 * Turns live speech-to-text messages into cues: interim words update one cue in place, a final segment commits it
 * and the next words start a new cue. Transcriptions and translations are kept per language, so the shopper's menu
 * choice just picks which one is drawn.
 */
export class SttSource implements CueSource {
  readonly languages: string[] = [];
  private readonly open = new Map<string, Line>();
  private segments = 0;

  constructor(
    private readonly store: CueStore,
    private readonly mediaTime: () => number,
    private readonly onLanguagesChanged: () => void = () => {},
    private readonly refusals: RefusalLog = new RefusalLog(),
  ) {}

  /** Feeds one data-stream message; malformed messages are dropped with a warning. */
  receive(data: Uint8Array | string): void {
    if (data.length > LIMITS.dataMessageBytes) {
      this.refusals.refuse('stt:size', 'limit-exceeded', `speech-to-text: dropped messages larger than ${LIMITS.dataMessageBytes} bytes`);
      return;
    }
    let message: SttText;
    try {
      message = decodeSttMessage(data);
    } catch (error) {
      log.warn('dropped a speech-to-text message that could not be decoded', error);
      return;
    }
    if (message.dataType === 'translate') {
      for (const translation of message.trans) {
        this.update(message.uid, translation.lang, translation.texts.join(' ').trim(), translation.isFinal);
      }
    } else if (message.words.length) {
      const final = message.endOfSegment || message.words.every((word) => word.isFinal);
      this.update(message.uid, message.culture || 'und', joinWords(message.words, message.culture), final);
    }
  }

  private update(uid: number, lang: string, text: string, final: boolean): void {
    if (!text || !isLanguageTag(lang)) return;
    if (!this.languages.includes(lang)) {
      if (this.languages.length >= LIMITS.sttLanguages) {
        this.refusals.refuse('stt:languages', 'limit-exceeded', `speech-to-text: ignored languages beyond the first ${LIMITS.sttLanguages} (${lang})`);
        return;
      }
      this.languages.push(lang);
      this.onLanguagesChanged();
    }
    const key = `${uid}|${lang}`;
    const now = this.mediaTime();
    let line = this.open.get(key);
    if (!line) {
      line = { id: `stt:${uid}:${lang}:${++this.segments}`, start: now };
      this.open.set(key, line);
      // Lines left open by speakers who went quiet (or by a flood of made-up uids) are forgotten, oldest first.
      if (this.open.size > LIMITS.sttOpenLines) this.open.delete(this.open.keys().next().value!);
    }
    // The latest words matter most: a sentence over the cue text limit keeps its end.
    if (text.length > LIMITS.cueTextChars) {
      this.refusals.refuse('stt:text', 'limit-exceeded', `speech-to-text: a line over ${LIMITS.cueTextChars} characters; only its last ${LIMITS.cueTextChars} are shown`);
    }
    let shown = text.length > LIMITS.cueTextChars ? text.slice(-LIMITS.cueTextChars) : text;
    if (/^[\uDC00-\uDFFF]/.test(shown)) shown = shown.slice(1); // half of a cut surrogate pair
    // Kept a second inside the cue store's longest cue, so a long line is never reported as shortened (500 x 0.06 s
    // is 30.000000000000004 in floating point).
    const linger = final ? Math.max(LINGER_MIN_S, shown.length * LINGER_PER_CHAR_S) : INTERIM_TIMEOUT_S;
    const end = Math.min(now + linger, line.start + LIMITS.cueDurationS - 1);
    this.store.add({ id: line.id, start: line.start, end, text: shown, lang, interim: !final }, this);
    if (final) this.open.delete(key);
  }

  select(): void {
    // Every language arrives anyway on the data stream; nothing to fetch.
  }

  destroy(): void {
    this.open.clear();
  }
}
