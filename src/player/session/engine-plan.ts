import type { ReportRefusal } from '../../internal/refusals.js';
import { checkUrl } from '../../internal/url-guard.js';
import type { EngineFactory, EngineKind, PlayerErrorDetail } from '../engines/engine.js';
import type { RtcClientFactory } from '../engines/rtc/agora-client.js';
import { parseTimeout, rtcConfigFrom, RTC_TIMEOUT_MS } from '../engines/rtc/config.js';
import type { RtcConfig, TokenProvider } from '../engines/rtc/rtc-engine.js';
import { loadEngine, loadStartRace, preferredEngine } from '../engines/select.js';

/** The player's configuration as the session reads it at each start. */
export interface SessionConfig {
  src: string;
  autoplay: boolean;
  muted: boolean;
  agora: { appId: string; channel: string; uid: string; token: string; hostUid: string; dataUids: string; latency: string };
  prefer: 'rtc' | 'hls';
  rtcTimeout: number;
  tokenProvider: TokenProvider | null;
  agoraClientFactory: RtcClientFactory | null;
}

export type EnginePlan =
  | { ok: true; src: string; hls: EngineKind | null; rtc: RtcConfig | null }
  | { ok: false; error: PlayerErrorDetail };

/** Which engine can play this configuration here, or why none can (before any request is made). */
export function planEngine(config: SessionConfig, video: HTMLVideoElement, report: ReportRefusal): EnginePlan {
  const rtc = rtcConfigFrom(config.agora, config.tokenProvider, report);
  const checked = checkUrl(config.src);
  // With Agora configured, `src` (the HLS fallback) may be left out; a present but unusable one is still an error.
  if (!checked.ok && !(rtc && checked.problem === 'missing')) {
    const message = checked.problem === 'missing' ? 'The src attribute is empty.' : `src "${checked.input}" is not a usable http(s) URL (${checked.problem}).`;
    return { ok: false, error: { code: checked.problem === 'unsafe-scheme' ? 'unsafe-src' : 'invalid-src', message, fatal: true } };
  }
  const src = checked.ok ? checked.url.href : '';
  const hls = src ? preferredEngine(video) : null;
  if (!hls && !rtc) return { ok: false, error: { code: 'unsupported', message: 'Neither Media Source Extensions nor native HLS are available.', fatal: true } };
  return { ok: true, src, hls, rtc };
}

/** The engine's code, loaded: one engine alone, or the race (RTC with HLS beside it and as the fallback). */
export async function loadEngineFactory(plan: Extract<EnginePlan, { ok: true }>, config: SessionConfig): Promise<EngineFactory> {
  if (!plan.rtc) return loadEngine(plan.hls!);
  // The race is its own chunk; the Agora SDK a further one, loaded only when RTC is tried.
  const createStartRace = await loadStartRace();
  const clientFactory = config.agoraClientFactory;
  const options = {
    rtc: plan.rtc,
    prefer: config.prefer === 'hls' ? ('hls' as const) : ('rtc' as const),
    rtcTimeoutMs: parseTimeout(config.rtcTimeout, RTC_TIMEOUT_MS),
    ...(clientFactory ? { loadRtcClientFactory: async () => clientFactory } : {}),
  };
  return (host) => createStartRace(host, options);
}
