/**
 * A supplier of cues for the subtitle layer (HLS renditions, sidecar WebVTT, live speech-to-text...). Sources write
 * cues into the shared CueStore; this interface only lets the layer know which languages a source offers and tell it
 * which one the shopper chose, so sources that must download per language fetch only that one.
 */
export interface CueSource {
  /** Languages this source can supply (BCP 47). May grow over time. */
  readonly languages: readonly string[];
  /** Marked as the stream's default, used when nothing better is known. */
  readonly defaultLanguage?: string;
  select(lang: string | null): void;
  destroy(): void;
}
