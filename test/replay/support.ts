import { decodedFrames, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import type { ShoplivePlayer } from '../../src/player/player.js';

export const slider = (player: ShoplivePlayer) => shadowQuery<HTMLElement>(player, '[role=slider]');

export function videoOf(player: ShoplivePlayer): HTMLVideoElement {
  return shadowQuery<HTMLVideoElement>(player, 'video')!;
}

/** Waits for the first frame and the seek bar of a recording or a show in progress. */
export async function seekablePlayer(player: ShoplivePlayer): Promise<HTMLElement> {
  await nextEvent(player, 'shoplive-first-frame');
  return waitFor(() => slider(player), 'the seek bar');
}

/** The media time of the frames presented once the video has settled after a seek (decoded, not just requested). */
export async function framesAfterSeek(video: HTMLVideoElement): Promise<number[]> {
  await waitFor(() => !video.seeking && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 'the seek to complete');
  if (video.paused) void video.play();
  return decodedFrames(video, 5);
}
