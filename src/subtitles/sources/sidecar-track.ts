/** A WebVTT file next to the stream: from a child `<track>` or the `subtitles` property. Cue times are media times. */
export interface SidecarTrack {
  lang: string;
  src: string;
  label?: string;
  default?: boolean;
}

/** Reads the `<track kind="subtitles|captions">` children a host put inside the player. */
export function tracksFromChildren(host: Element): SidecarTrack[] {
  return [...host.querySelectorAll(':scope > track')]
    .filter((track) => ['subtitles', 'captions', ''].includes((track.getAttribute('kind') ?? '').toLowerCase()))
    .map((track) => ({
      lang: track.getAttribute('srclang') ?? '',
      src: track.getAttribute('src') ?? '',
      label: track.getAttribute('label') ?? undefined,
      default: track.hasAttribute('default'),
    }))
    .filter((track) => track.lang && track.src);
}
