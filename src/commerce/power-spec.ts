/** Plug types by IEC letter (A–O). */
export const PLUG_TYPES: readonly string[] = 'ABCDEFGHIJKLMNO'.split('');

/** The electrical side of a product: what its plug and power supply take. */
export interface PowerSpec {
  readonly plugs: readonly string[];
  /** Input voltage range it accepts, e.g. [100, 240] for a universal supply, [110, 120] for a US-only one. */
  readonly volts: readonly [number, number];
  readonly hertz: readonly number[];
  /** Countries it is sold for when it is region-locked (a TV tuner, a console); absent: none. */
  readonly regions?: readonly string[];
}
