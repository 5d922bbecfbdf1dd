// Shared pieces of the fault matrix (docs/reliability.md): a player on the simulated stream, what the host hears, and
// what the shopper sees. Every suite of the matrix is named "fault matrix: …" so the run prints its summary line.
import '../../src/player/index.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { decodedFrames, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';

export type Requests = Array<{ path: string; status: number; t: number; query: string; aborted?: boolean; ms?: number; bytes?: number }>;

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

/** Every `shoplive-error` detail that reaches `target` (commerce and size-helper reports bubble, composed). */
export function errorsAt(target: EventTarget): Array<{ code: string; message: string; fatal: boolean }> {
  const seen: Array<{ code: string; message: string; fatal: boolean }> = [];
  target.addEventListener('shoplive-error', (event) => seen.push((event as CustomEvent).detail));
  return seen;
}

export const codes = (errors: Array<{ code: string }>) => errors.map((error) => error.code);

/** The picture moves on: `count` new frames presented (requestVideoFrameCallback) and the clock advanced. */
export async function framesAdvance(video: HTMLVideoElement, count = 10): Promise<void> {
  const from = video.currentTime;
  const times = await decodedFrames(video, count, 30_000);
  if (!(times.at(-1)! > times[0]!) || !(video.currentTime > from)) throw new Error(`frames did not advance (${times.join(', ')})`);
}

/** Text on screen inside `host`'s shadow root, whitespace folded. */
export const shownText = (host: Element, selector: string) => host.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What the live server answered for one file of a session, in order. */
export async function fileRequests(session: { requests(): Promise<Requests> }, path: string): Promise<Requests> {
  return (await session.requests()).filter((request) => request.path === `/${path}`);
}

/**
 * Every MediaSource the page creates from now on (hls.js makes a new one for each media pipeline it builds, so a
 * rebuilt pipeline shows as one more): how many were created, how many are still open.
 */
export function watchMediaSources(): { created(): number; open(): number; builtBy(method: string, module: string): number; stop(): void } {
  const sources: MediaSource[] = [];
  const stacks: string[] = [];
  const NativeMediaSource = window.MediaSource;
  window.MediaSource = class extends NativeMediaSource {
    constructor() {
      super();
      sources.push(this);
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 50;
      stacks.push(new Error().stack ?? '');
      Error.stackTraceLimit = limit;
    }
  } as typeof MediaSource;
  return {
    created: () => sources.length,
    /** How many were made inside a call of `method` that came from the source file `module` (as the stack says). */
    builtBy: (method: string, module: string) =>
      stacks.filter((stack) => (stack.includes(`.${method} `) || stack.includes(`at ${method} `)) && stack.includes(`/${module}`)).length,
    open: () => sources.filter((source) => source.readyState !== 'closed').length,
    stop: () => void (window.MediaSource = NativeMediaSource),
  };
}
