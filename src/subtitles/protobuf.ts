/**
 * A minimal protobuf wire-format reader (proto3): enough to decode small, known messages without shipping a
 * protobuf runtime. Unknown fields are skipped; truncated or malformed input throws ProtobufError.
 */
export class ProtobufError extends Error {
  override name = 'ProtobufError';
}

export type FieldValue = number | bigint | Uint8Array;

export interface Field {
  number: number;
  wireType: 0 | 1 | 2 | 5;
  value: FieldValue;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

export class ProtoReader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private varint(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.offset >= this.bytes.length) throw new ProtobufError('truncated varint');
      const byte = this.bytes[this.offset++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
    }
    throw new ProtobufError('varint longer than 10 bytes');
  }

  private take(length: number): Uint8Array {
    if (length < 0 || this.offset + length > this.bytes.length) throw new ProtobufError('field runs past the end');
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  *fields(): Generator<Field> {
    while (this.offset < this.bytes.length) {
      const key = Number(this.varint());
      const number = key >>> 3;
      const wireType = key & 7;
      if (number === 0) throw new ProtobufError('field number 0');
      switch (wireType) {
        case 0:
          yield { number, wireType, value: this.varint() };
          break;
        case 1:
          yield { number, wireType, value: this.take(8) };
          break;
        case 2:
          yield { number, wireType, value: this.take(Number(this.varint())) };
          break;
        case 5:
          yield { number, wireType, value: this.take(4) };
          break;
        default:
          throw new ProtobufError(`unsupported wire type ${wireType}`);
      }
    }
  }

  static string(value: FieldValue): string {
    return value instanceof Uint8Array ? utf8.decode(value) : '';
  }

  static int(value: FieldValue): number {
    if (typeof value === 'bigint') return Number(BigInt.asIntN(64, value));
    return 0;
  }

  static bool(value: FieldValue): boolean {
    return typeof value === 'bigint' && value !== 0n;
  }

  static double(value: FieldValue): number {
    return value instanceof Uint8Array && value.length === 8 ? new DataView(value.buffer, value.byteOffset, 8).getFloat64(0, true) : 0;
  }

  get remaining(): number {
    return this.view.byteLength - this.offset;
  }
}
