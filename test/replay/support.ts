import { decodedFrames, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import type { ShoplivePlayer } from '../../src/player/player.js';

/** How long a test waits for a recording's first frame (a ceiling for loaded machines, not a claim). */
export const FIRST_FRAME_CEILING_MS = 60_000;

export const slider = (player: ShoplivePlayer) => shadowQuery<HTMLElement>(player, '[role=slider]');

export function videoOf(player: ShoplivePlayer): HTMLVideoElement {
  return shadowQuery<HTMLVideoElement>(player, 'video')!;
}

/** Waits for the first frame and the seek bar of a recording or a show in progress. */
export async function seekablePlayer(player: ShoplivePlayer): Promise<HTMLElement> {
  // A recording loads its features (subtitles, shopping, replay) before the first frame: a generous ceiling for a
  // loaded CI machine, not a timing claim.
  await nextEvent(player, 'shoplive-first-frame', FIRST_FRAME_CEILING_MS);
  return waitFor(() => slider(player), 'the seek bar');
}

/** The media time of the frames presented once the video has settled after a seek (decoded, not just requested). */
export async function framesAfterSeek(video: HTMLVideoElement): Promise<number[]> {
  await waitFor(() => !video.seeking && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 'the seek to complete');
  if (video.paused) void video.play();
  return decodedFrames(video, 5);
}

/** Stands in for the clipboard's writeText (a headless page has no focus to write with): what was written, in order. */
export function stubClipboard(): { written: string[]; restore(): void } {
  const written: string[] = [];
  const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
  clipboard.writeText = async (text: string) => void written.push(text);
  return { written, restore: () => void delete (clipboard as Partial<Clipboard>).writeText };
}
