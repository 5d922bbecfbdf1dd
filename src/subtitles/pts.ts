/** The MPEG-TS clock: 33 bits at 90 kHz, in seconds (about 26.5 hours). */
export const PTS_WRAP_S = 2 ** 33 / 90000;

/**
 * Seconds from `origin` to `pts` on the MPEG-TS clock circle. Players keep timestamp origins modulo 2^33 (a stream
 * whose timestamps restart gets an origin just below 2^33), so a plain subtraction is off by a whole wrap.
 */
export function ptsDelta(pts: number, origin: number): number {
  const wrapped = (((pts - origin) % PTS_WRAP_S) + PTS_WRAP_S) % PTS_WRAP_S;
  return wrapped > PTS_WRAP_S / 2 ? wrapped - PTS_WRAP_S : wrapped;
}
