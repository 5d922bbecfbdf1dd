/** `[min, max)` in cm (the engine's Range; declared here so the engine's types can name size systems). */
type Range = readonly [number, number];

/** Size systems a size can be shown in. DE is the EU numbering; FR and IT differ for women. */
export type SizeSystem = 'US' | 'UK' | 'EU' | 'DE' | 'FR' | 'IT' | 'CN' | 'JP' | 'KR' | 'letters';
export type SystemAudience = 'women' | 'men';
export type SystemKind = 'tops' | 'bottoms';

/** One size of a system: body ranges in cm (`[min, max)`), like a seller chart. */
export interface SystemSize {
  readonly label: string;
  readonly chest?: Range;
  readonly waist?: Range;
  readonly hip?: Range;
  /** A second way the size is written (JIS 号, the Korean legacy 55/66...). */
  readonly notation?: string;
  /** CN: the height of the 号 the letter size is usually sold with. */
  readonly nominalHeightCm?: number;
}

export interface SystemTable {
  readonly system: SizeSystem;
  readonly audience: SystemAudience;
  readonly kind: SystemKind;
  /** The public standard or convention the table follows, and how approximate it is. */
  readonly source: string;
  readonly sizes: readonly SystemSize[];
}
