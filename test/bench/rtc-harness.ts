// The page side of test/bench/rtc.mjs: runs the real-time start race (src/player/engines/start-race.ts) against the
// simulated Agora channel and the local live HLS stream, and reports its milestones. Bundled by esbuild at bench time.
import type { EngineSignal } from '../../src/player/engines/engine.js';
import { loadEngine } from '../../src/player/engines/select.js';
import { createStartRace, type HlsWhileRacing } from '../../src/player/engines/start-race.js';
import { SimulatedAgora, type SimulatedAgoraOptions } from '../../src/player/engines/rtc/simulator/index.js';

export type Scenario =
  | { kind: 'unreachable'; mode: HlsWhileRacing; rtcTimeoutMs: number }
  | { kind: 'no-publisher'; rtcTimeoutMs: number }
  | { kind: 'drop'; reconnectBudgetMs: number }
  | { kind: 'late-rtc'; joinDelayMs: number };

export interface Milestones {
  /** ms from the race's start */
  firstFrame?: number;
  givenUp?: number;
  /** drop scenario: ms from the drop */
  fallbackAfterDrop?: number;
  hlsFrameAfterDrop?: number;
  /** late-rtc scenario: ms between the last HLS frame and the first RTC frame */
  switchGap?: number;
  stalls: number;
}

const nextFrame = (video: HTMLVideoElement) => new Promise<number>((resolve) => video.requestVideoFrameCallback((now) => resolve(now)));

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('bench scenario timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function run(scenario: Scenario, src: string): Promise<Milestones> {
  const agoraOptions: SimulatedAgoraOptions =
    scenario.kind === 'unreachable' ? { joinHangs: true } : scenario.kind === 'late-rtc' ? { joinDelayMs: scenario.joinDelayMs } : {};
  const agora = new SimulatedAgora(agoraOptions);
  if (scenario.kind !== 'unreachable' && scenario.kind !== 'no-publisher') agora.publish(1);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  document.body.append(video);
  const signals: EngineSignal[] = [];
  const result: Milestones = { stalls: 0 };
  let playing = false;
  // Stalls once the first frame is on screen (the start's own `waiting` is not one).
  video.addEventListener('waiting', () => playing && result.stalls++);
  const race = createStartRace(
    { video, src, box: { width: 640, height: 360 }, signal: (signal) => signals.push(signal) },
    {
      loadHlsEngine: loadEngine,
      rtc: { appId: 'bench', channel: 'bench' },
      loadRtcClientFactory: async () => agora.factory,
      ...(scenario.kind === 'unreachable' ? { hlsWhileRacing: scenario.mode, rtcTimeoutMs: scenario.rtcTimeoutMs } : {}),
      ...(scenario.kind === 'no-publisher' ? { rtcTimeoutMs: scenario.rtcTimeoutMs } : {}),
      ...(scenario.kind === 'drop' ? { reconnectBudgetMs: scenario.reconnectBudgetMs } : {}),
    },
  );
  const firstFrame = nextFrame(video);
  const changed = (reason?: string) => () => signals.some((signal) => signal.type === 'engine-change' && (!reason || signal.reason === reason));
  try {
    await race.start();
    void video.play().catch(() => undefined);
    result.firstFrame = (await firstFrame) - race.marks.start;
    playing = true;
    if (scenario.kind === 'unreachable' || scenario.kind === 'no-publisher') {
      await until(changed());
      result.givenUp = race.marks.rtcGivenUp! - race.marks.start;
    } else if (scenario.kind === 'drop') {
      await until(() => !!race.marks.rtcOnScreen);
      await nextFrame(video);
      const dropAt = performance.now();
      agora.client.connection('RECONNECTING', 'NETWORK_ERROR');
      await until(changed('disconnected'));
      result.fallbackAfterDrop = performance.now() - dropAt;
      await until(() => video.srcObject === null);
      result.hlsFrameAfterDrop = (await nextFrame(video)) - dropAt;
    } else {
      let lastHls = 0;
      const watch = (now: number) => {
        if (race.marks.rtcOnScreen) return;
        lastHls = now;
        video.requestVideoFrameCallback(watch);
      };
      video.requestVideoFrameCallback(watch);
      await until(() => !!race.marks.rtcOnScreen);
      result.switchGap = (await nextFrame(video)) - lastHls;
    }
    return result;
  } finally {
    race.destroy();
    agora.close();
    video.remove();
  }
}

(window as unknown as { __rtcBench: typeof run }).__rtcBench = run;
