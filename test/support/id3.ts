// ID3v2 tags as an HLS stream carries them in its timed metadata (TXXX, PRIV frames), built byte by byte.
export const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const syncsafe = (n: number) => [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** An ID3v2.3 or v2.4 tag with these frames ([id, payload bytes]). */
export function id3(version: 3 | 4, frames: Array<[string, number[]]>): Uint8Array {
  const body = frames.flatMap(([key, data]) => [...utf8(key), ...(version === 4 ? syncsafe(data.length) : be32(data.length)), 0, 0, ...data]);
  return new Uint8Array([0x49, 0x44, 0x33, version, 0, 0, ...syncsafe(body.length + 4), ...body, 0, 0, 0, 0]);
}

/** The tag of a product cue: `TXXX:X-PRODUCT-ID` (UTF-8, v2.4). */
export const productTag = (productId: string) => id3(4, [['TXXX', [3, ...utf8('X-PRODUCT-ID'), 0, ...utf8(productId)]]]);
