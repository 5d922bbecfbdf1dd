import type { ReportRefusal } from '../../internal/refusals.js';
import { checkUrl } from '../../internal/url-guard.js';
import { mayStartAlone } from '../data-saver.js';
import type { EngineFactory, EngineKind, PlayerErrorDetail } from '../engines/engine.js';
import type { RtcClientFactory } from '../engines/rtc/agora-client.js';
import { RTC_TIMEOUT_MS } from '../engines/rtc/defaults.js';
import type { TokenProvider } from '../engines/rtc/rtc-engine.js';
import { loadEngine, loadRealTime, preferredEngine } from '../engines/select.js';

/** The player's configuration as the session reads it at each start. */
export interface SessionConfig {
  src: string;
  autoplay: boolean;
  agora: { appId: string; channel: string; uid: string; token: string; hostUid: string; dataUids: string; latency: string };
  prefer: 'rtc' | 'hls';
  rtcTimeout: number;
  tokenProvider: TokenProvider | null;
  agoraClientFactory: RtcClientFactory | null;
}

/** The player's properties a session reads (the element passes itself). */
export interface SessionConfigSource {
  src: string;
  autoplay: boolean;
  /** With it, autoplay even while the shopper saves data (else no autoplay attempt then). */
  autoplayOnSaveData: boolean;
  agoraAppId: string;
  agoraChannel: string;
  agoraUid: string;
  agoraToken: string;
  agoraHostUid: string;
  agoraDataUids: string;
  latency: string;
  prefer: 'rtc' | 'hls';
  rtcTimeout: number;
  tokenProvider: TokenProvider | null;
  agoraClientFactory: RtcClientFactory | null;
}

export function sessionConfigOf(player: SessionConfigSource): SessionConfig {
  return {
    src: player.src,
    autoplay: player.autoplay && mayStartAlone(player),
    agora: {
      appId: player.agoraAppId,
      channel: player.agoraChannel,
      uid: player.agoraUid,
      token: player.agoraToken,
      hostUid: player.agoraHostUid,
      dataUids: player.agoraDataUids,
      latency: player.latency,
    },
    prefer: player.prefer,
    rtcTimeout: player.rtcTimeout,
    tokenProvider: player.tokenProvider,
    agoraClientFactory: player.agoraClientFactory,
  };
}

export type EnginePlan =
  | { ok: true; src: string; hls: EngineKind | null; agora: boolean }
  | { ok: false; error: PlayerErrorDetail };

const emptySrc = (): PlayerErrorDetail => ({ code: 'invalid-src', message: 'The src attribute is empty.', fatal: true });

/** Which engine can play this configuration here, or why none can (before any request is made). */
export function planEngine(config: SessionConfig, video: HTMLVideoElement): EnginePlan {
  const agora = !!(config.agora.appId.trim() && config.agora.channel.trim());
  const checked = checkUrl(config.src);
  // With Agora configured, `src` (the HLS fallback) may be left out; a present but unusable one is still an error.
  if (!checked.ok && !(agora && checked.problem === 'missing')) {
    if (checked.problem === 'missing') return { ok: false, error: emptySrc() };
    const message = `src "${checked.input}" is not a usable http(s) URL (${checked.problem}).`;
    return { ok: false, error: { code: checked.problem === 'unsafe-scheme' ? 'unsafe-src' : 'invalid-src', message, fatal: true } };
  }
  const src = checked.ok ? checked.url.href : '';
  const hls = src ? preferredEngine(video) : null;
  if (!hls && !agora) return { ok: false, error: { code: 'unsupported', message: 'Neither Media Source Extensions nor native HLS are available.', fatal: true } };
  return { ok: true, src, hls, agora };
}

/**
 * The engine's code, loaded: one engine alone, or the race (RTC with HLS beside it and as the fallback) once the
 * Agora attributes it loads with have been read (an unusable seller uid turns the real-time path off, reported).
 */
export async function loadEngineFactory(
  plan: Extract<EnginePlan, { ok: true }>,
  config: SessionConfig,
  report: ReportRefusal,
): Promise<EngineFactory | PlayerErrorDetail> {
  if (!plan.agora) return loadEngine(plan.hls!);
  const realTime = await loadRealTime();
  const rtc = realTime.rtcConfigFrom(config.agora, config.tokenProvider, report);
  if (!rtc) return plan.hls ? loadEngine(plan.hls) : emptySrc();
  const clientFactory = config.agoraClientFactory;
  const options = {
    rtc,
    prefer: config.prefer === 'hls' ? ('hls' as const) : ('rtc' as const),
    rtcTimeoutMs: realTime.parseTimeout(config.rtcTimeout, RTC_TIMEOUT_MS),
    ...(clientFactory ? { loadRtcClientFactory: async () => clientFactory } : {}),
  };
  return (host) => realTime.createStartRace(host, options);
}
