// Shared pieces of the fault matrix (docs/reliability.md): a player on the simulated stream, what the host hears, and
// what the shopper sees. Every suite of the matrix is named "fault matrix: …" so the run prints its summary line.
import '../../src/player/index.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';

export type Requests = Array<{ path: string; status: number; t: number; query: string; aborted?: boolean; ms?: number }>;

/** A player wide enough for every rendition (hls.js caps renditions to the player's size). */
export async function playingPlayer(src: string, attributes = ''): Promise<{ player: ShoplivePlayer; video: HTMLVideoElement; errors: PlayerErrorDetail[] }> {
  const player = mount<ShoplivePlayer>(`<shoplive-player style="width: 960px" src="${src}" autoplay muted ${attributes}></shoplive-player>`);
  const errors: PlayerErrorDetail[] = [];
  player.addEventListener('shoplive-error', (event) => errors.push((event as CustomEvent<PlayerErrorDetail>).detail));
  await nextEvent(player, 'shoplive-first-frame', 30_000);
  return { player, video: shadowQuery<HTMLVideoElement>(player, 'video')!, errors };
}

export async function playedThrough(video: HTMLVideoElement, seconds: number, what = `${seconds} s of playback`): Promise<void> {
  const from = video.currentTime;
  await waitFor(() => video.currentTime > from + seconds && !video.paused, what, 60_000);
}

export const fatal = (errors: PlayerErrorDetail[]) => errors.filter((error) => error.fatal);

/** The shopper sees "Live", not "Back to live": the picture sits near the live edge. */
export function atLiveEdge(player: ShoplivePlayer): boolean {
  return shadowQuery(player, 'span[part=live-badge]') !== null;
}

export const segmentNumber = (path: string) => Number(path.split('/').pop()!.replace('.ts', ''));
export const segments = (requests: Requests) => requests.filter((request) => request.path.endsWith('.ts'));
export const rendition = (path: string) => path.split('/').at(-2)!;
