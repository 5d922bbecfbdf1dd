/**
 * Reads a response body with a ceiling: a product list or size chart of hundreds of megabytes (a mistake or an
 * attack) is refused as soon as it passes the limit, never buffered whole and parsed on the main thread.
 */
export class ResponseTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the response is larger than ${formatBytes(limit)}`);
    this.name = 'ResponseTooLarge';
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 1000)} kB`;
}

/** The body as text, or a `ResponseTooLarge` rejection once more than `maxBytes` arrived (or were announced). */
export async function readTextLimited(response: Response, maxBytes: number): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLarge(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The body parsed as JSON, with the same ceiling. */
export async function readJsonLimited(response: Response, maxBytes: number): Promise<unknown> {
  return JSON.parse(await readTextLimited(response, maxBytes)) as unknown;
}
