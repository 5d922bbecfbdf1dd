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

interface StreamOf extends Element {
  src: string;
  agoraAppId: string;
  agoraChannel: string;
}

/** Players whose host gave them a `src`, even an empty one (which is then refused); the others wait for one. */
const srcGiven = new WeakSet<Element>();

/**
 * `src` changed: after the first render that is the host's doing; at the first one (the defaults) only if the host's
 * markup carries the attribute (the element reflects `src` once it has rendered).
 */
export function noteSrcGiven(player: Element, rendered: boolean): void {
  if (rendered || player.getAttribute('src') !== null) srcGiven.add(player);
}

/** Whether the host gave the player a stream: a `src` or an Agora channel. */
export function hasStream(player: StreamOf): boolean {
  return srcGiven.has(player) || !!player.src.trim() || !!(player.agoraAppId && player.agoraChannel);
}

/**
 * Whether the player may load its stream without the shopper's press: not while they save data, and not before the
 * host gave it a stream (a schedule hands it one once the show answers). Pressing play then says the address is missing.
 */
export function mayLoadAlone(player: StreamOf & { autoplayOnSaveData: boolean }): boolean {
  return hasStream(player) && mayStartAlone(player);
}
