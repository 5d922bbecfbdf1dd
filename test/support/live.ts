// Helpers for tests that talk to the simulated live stream server started by web-test-runner.config.mjs.
// @ts-expect-error served by the config's plugin at run time
import { LIVE_ORIGIN } from '/test-env.js';

export const liveOrigin: string = LIVE_ORIGIN;

let sessions = 0;

/** A fresh server session (its own fault state and request log) for one test. */
export function liveSession(faults: Record<string, string | number> = {}) {
  const sid = `t${Date.now().toString(36)}${(sessions++).toString(36)}`;
  const query = new URLSearchParams({ sid, ...Object.fromEntries(Object.entries(faults).map(([k, v]) => [k, String(v)])) });
  return {
    sid,
    master: `${liveOrigin}/live/master.m3u8?${query}`,
    /** The full show: subtitle renditions (zh-Hans, en, es, ar) and product DATERANGE tags. */
    show: `${liveOrigin}/live/show.m3u8?${query}`,
    /** The finished show as a VOD replay (same media, subtitles and product DATERANGEs). */
    replay: `${liveOrigin}/live/replay.m3u8?${query}`,
    /** The show in progress: an EVENT playlist whose DVR window grows from this session's first request. */
    event: `${liveOrigin}/live/event.m3u8?${query}`,
    media: (rendition: string) => `${liveOrigin}/live/${rendition}/index.m3u8?${query}`,
    /** A file of demo/ (`products.json`, `size-chart.json`) under this session's faults (`{ file: 500 }`). */
    file: (path: string) => `${liveOrigin}/${path}?${query}`,
    /** Changes the faults of this session while it plays (`{ blackout: 1 }`; `''` removes a key). */
    async setFaults(spec: Record<string, string | number>): Promise<void> {
      const query = new URLSearchParams({ sid, ...Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, String(v)])) });
      const response = await fetch(`${liveOrigin}/__faults?${query}`, { method: 'PUT' });
      if (!response.ok) throw new Error(`PUT /__faults answered ${response.status}`);
    },
    async requests(): Promise<Array<{ path: string; status: number; t: number; query: string; aborted?: boolean; ms?: number; bytes?: number }>> {
      const response = await fetch(`${liveOrigin}/__log?sid=${sid}`);
      return response.json();
    },
    /** The requests of this session the server has not answered yet (held or delayed): they are not in `requests()`. */
    async openRequests(): Promise<Array<{ path: string; t: number; query: string }>> {
      const response = await fetch(`${liveOrigin}/__log?open=1&sid=${sid}`);
      return response.json();
    },
    /** Where a page can `navigator.sendBeacon` to this session; `beacons()` reads what arrived. */
    beaconUrl: `${liveOrigin}/__beacon?sid=${sid}`,
    async beacons(): Promise<Array<{ t: number; type: string; body: string }>> {
      const response = await fetch(`${liveOrigin}/__beacon?sid=${sid}`);
      return response.json();
    },
  };
}
