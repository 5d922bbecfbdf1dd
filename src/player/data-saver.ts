/**
 * The shopper asked to save data (Chrome's Lite mode and Android's data saver send `Save-Data`; the media query is
 * the standard's spelling of it). Then a player starts nothing by itself, neither the stream nor autoplay, unless the
 * host insists with `autoplay-on-save-data`: the poster and the play button wait for the shopper.
 */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData === true) return true;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-data: reduce)').matches;
}

/** Whether a player may load and autoplay without the shopper's press: not while they save data, unless told. */
export function mayStartAlone(player: { autoplayOnSaveData: boolean }): boolean {
  return player.autoplayOnSaveData || !savesData();
}
