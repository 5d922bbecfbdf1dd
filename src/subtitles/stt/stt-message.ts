import { ProtoReader } from '../protobuf.js';

/**
 * Agora real-time speech-to-text messages (package `Agora.SpeechToText`, message `Text`), as the STT agent publishes
 * them on the channel's data stream: protobuf by default, or JSON in the agent's JSON mode.
 */
export interface SttWord {
  text: string;
  startMs: number;
  durationMs: number;
  isFinal: boolean;
  confidence: number;
}

export interface SttTranslation {
  isFinal: boolean;
  lang: string;
  texts: string[];
}

export interface SttText {
  uid: number;
  seqnum: number;
  time: number;
  /** Language of the transcription (field 15, e.g. "zh-CN"). */
  culture: string;
  words: SttWord[];
  endOfSegment: boolean;
  durationMs: number;
  dataType: 'transcribe' | 'translate';
  trans: SttTranslation[];
}

function decodeWord(bytes: Uint8Array): SttWord {
  const word: SttWord = { text: '', startMs: 0, durationMs: 0, isFinal: false, confidence: 0 };
  for (const { number, value } of new ProtoReader(bytes).fields()) {
    if (number === 1) word.text = ProtoReader.string(value);
    else if (number === 2) word.startMs = ProtoReader.int(value);
    else if (number === 3) word.durationMs = ProtoReader.int(value);
    else if (number === 4) word.isFinal = ProtoReader.bool(value);
    else if (number === 5) word.confidence = ProtoReader.double(value);
  }
  return word;
}

function decodeTranslation(bytes: Uint8Array): SttTranslation {
  const translation: SttTranslation = { isFinal: false, lang: '', texts: [] };
  for (const { number, value } of new ProtoReader(bytes).fields()) {
    if (number === 1) translation.isFinal = ProtoReader.bool(value);
    else if (number === 2) translation.lang = ProtoReader.string(value);
    else if (number === 3) translation.texts.push(ProtoReader.string(value));
  }
  return translation;
}

function emptyText(): SttText {
  return { uid: 0, seqnum: 0, time: 0, culture: '', words: [], endOfSegment: false, durationMs: 0, dataType: 'transcribe', trans: [] };
}

export function decodeSttProtobuf(bytes: Uint8Array): SttText {
  const text = emptyText();
  for (const { number, value } of new ProtoReader(bytes).fields()) {
    switch (number) {
      case 3:
        text.seqnum = ProtoReader.int(value);
        break;
      case 4:
        text.uid = ProtoReader.int(value);
        break;
      case 6:
        text.time = ProtoReader.int(value);
        break;
      case 10:
        if (value instanceof Uint8Array) text.words.push(decodeWord(value));
        break;
      case 11:
        text.endOfSegment = ProtoReader.bool(value);
        break;
      case 12:
        text.durationMs = ProtoReader.int(value);
        break;
      case 13:
        text.dataType = ProtoReader.string(value) === 'translate' ? 'translate' : 'transcribe';
        break;
      case 14:
        if (value instanceof Uint8Array) text.trans.push(decodeTranslation(value));
        break;
      case 15:
        text.culture = ProtoReader.string(value);
        break;
    }
  }
  return text;
}

type Json = Record<string, unknown>;

/** JSON mode: field names in camelCase or snake_case, numbers possibly as strings (int64). */
function pick(object: Json, ...names: string[]): unknown {
  for (const name of names) if (name in object) return object[name];
  return undefined;
}
const num = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) || 0 : 0);
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is Json => !!item && typeof item === 'object') : []);

export function decodeSttJson(input: string): SttText {
  const json = JSON.parse(input) as unknown;
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new SyntaxError('STT JSON message is not an object');
  const object = json as Json;
  return {
    uid: num(pick(object, 'uid')),
    seqnum: num(pick(object, 'seqnum')),
    time: num(pick(object, 'time')),
    culture: str(pick(object, 'culture')),
    words: list(pick(object, 'words')).map((word) => ({
      text: str(pick(word, 'text')),
      startMs: num(pick(word, 'startMs', 'start_ms')),
      durationMs: num(pick(word, 'durationMs', 'duration_ms')),
      isFinal: pick(word, 'isFinal', 'is_final') === true,
      confidence: num(pick(word, 'confidence')),
    })),
    endOfSegment: pick(object, 'endOfSegment', 'end_of_segment') === true,
    durationMs: num(pick(object, 'durationMs', 'duration_ms')),
    dataType: str(pick(object, 'dataType', 'data_type')) === 'translate' ? 'translate' : 'transcribe',
    trans: list(pick(object, 'trans')).map((translation) => ({
      isFinal: pick(translation, 'isFinal', 'is_final') === true,
      lang: str(pick(translation, 'lang')),
      texts: (Array.isArray(translation.texts) ? translation.texts : []).filter((text): text is string => typeof text === 'string'),
    })),
  };
}

/** Accepts what arrives on the data stream: bytes that are protobuf, or bytes/strings that are JSON. */
export function decodeSttMessage(data: Uint8Array | string): SttText {
  if (typeof data === 'string') return decodeSttJson(data);
  // A JSON message starts with "{" (0x7b), which is not a valid first protobuf key for this schema (field 15, wire 3).
  if (data[0] === 0x7b) return decodeSttJson(new TextDecoder().decode(data));
  return decodeSttProtobuf(data);
}
