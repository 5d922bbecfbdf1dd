// Builds Agora speech-to-text `Text` messages in protobuf wire format, straight from the published schema
// (SttMessage.proto: Text, Word, Translation), so tests feed the decoder bytes shaped like the real agent's.

type Value = { field: number; varint?: bigint | number | boolean; bytes?: Uint8Array; string?: string; double?: number };

const encoder = new TextEncoder();

function varint(value: bigint): number[] {
  const out: number[] = [];
  let rest = BigInt.asUintN(64, value);
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest) byte |= 0x80;
    out.push(byte);
  } while (rest);
  return out;
}

export function message(values: Value[]): Uint8Array {
  const out: number[] = [];
  for (const value of values) {
    if (value.varint !== undefined) {
      out.push(...varint(BigInt(value.field << 3)), ...varint(BigInt(typeof value.varint === 'boolean' ? Number(value.varint) : value.varint)));
    } else if (value.double !== undefined) {
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setFloat64(0, value.double, true);
      out.push(...varint(BigInt((value.field << 3) | 1)));
      for (const byte of bytes) out.push(byte);
    } else {
      const bytes = value.bytes ?? encoder.encode(value.string ?? '');
      out.push(...varint(BigInt((value.field << 3) | 2)), ...varint(BigInt(bytes.length)));
      // One at a time: spreading a megabyte into push() overflows the stack.
      for (const byte of bytes) out.push(byte);
    }
  }
  return new Uint8Array(out);
}

export interface WordInit {
  text: string;
  isFinal: boolean;
  startMs?: number;
  durationMs?: number;
  confidence?: number;
}

export function word(init: WordInit): Uint8Array {
  return message([
    { field: 1, string: init.text },
    { field: 2, varint: init.startMs ?? 0 },
    { field: 3, varint: init.durationMs ?? 300 },
    { field: 4, varint: init.isFinal },
    { field: 5, double: init.confidence ?? 0.9 },
  ]);
}

export function translation(init: { lang: string; texts: string[]; isFinal: boolean }): Uint8Array {
  return message([{ field: 1, varint: init.isFinal }, { field: 2, string: init.lang }, ...init.texts.map((text) => ({ field: 3, string: text }))]);
}

export function sttText(init: {
  uid: number;
  seqnum: number;
  culture: string;
  words?: WordInit[];
  endOfSegment?: boolean;
  dataType?: 'transcribe' | 'translate';
  trans?: Array<{ lang: string; texts: string[]; isFinal: boolean }>;
}): Uint8Array {
  return message([
    { field: 1, varint: 1 },
    { field: 2, varint: 1 },
    { field: 3, varint: init.seqnum },
    { field: 4, varint: init.uid },
    { field: 5, varint: 0 },
    { field: 6, varint: 1764066000000 + init.seqnum * 100 },
    { field: 7, varint: 0 },
    { field: 8, varint: 0 },
    { field: 9, varint: 0 },
    ...(init.words ?? []).map((w) => ({ field: 10, bytes: word(w) })),
    { field: 11, varint: init.endOfSegment ?? false },
    { field: 12, varint: 1200 },
    { field: 13, string: init.dataType ?? 'transcribe' },
    ...(init.trans ?? []).map((t) => ({ field: 14, bytes: translation(t) })),
    { field: 15, string: init.culture },
  ]);
}
