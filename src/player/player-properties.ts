import type { PropertyDeclarations } from 'lit';
import { QOE_INTERVAL_S } from '../qoe/qoe-reporter.js';
import { RTC_TIMEOUT_MS } from './engines/rtc/defaults.js';

/** The player's reactive properties and their attributes (documented on the class, src/player/player.ts). */
export const PLAYER_PROPERTIES = {
  src: { reflect: true },
  poster: { reflect: true },
  aspectRatio: { attribute: 'aspect-ratio', reflect: true },
  autoplay: { type: Boolean, reflect: true },
  autoplayOnSaveData: { type: Boolean, attribute: 'autoplay-on-save-data', reflect: true },
  muted: { type: Boolean, reflect: true },
  loading: { reflect: true },
  videoTitle: { attribute: 'video-title' },
  legacyTitle: { attribute: 'title' },
  subtitlesLang: { attribute: 'subtitles-lang', reflect: true },
  subtitles: { attribute: false },
  products: { attribute: false },
  productsSrc: { attribute: 'products-src', reflect: true },
  agoraAppId: { attribute: 'agora-app-id' },
  agoraChannel: { attribute: 'agora-channel' },
  agoraUid: { attribute: 'agora-uid' },
  agoraToken: { attribute: 'agora-token' },
  agoraHostUid: { attribute: 'agora-host-uid' },
  agoraDataUids: { attribute: 'agora-data-uids' },
  latency: { reflect: true },
  prefer: { reflect: true },
  rtcTimeout: { attribute: 'rtc-timeout', type: Number },
  qoeInterval: { attribute: 'qoe-interval' },
  tokenProvider: { attribute: false },
  agoraClientFactory: { attribute: false },
  state: { reflect: true },
  engine: { reflect: true },
  paused: { type: Boolean, reflect: true },
  behindLive: { type: Boolean, reflect: true, attribute: 'behind-live' },
} as const satisfies PropertyDeclarations;

/** Attributes that pick the stream: changing one restarts it. */
export const STREAM_PROPERTIES = ['src', 'agoraAppId', 'agoraChannel', 'agoraUid', 'agoraToken', 'agoraHostUid', 'agoraDataUids', 'latency', 'prefer'] as const;

/** Every property's starting value. */
export function playerDefaults() {
  return {
    src: '', poster: '', aspectRatio: null, autoplay: false, autoplayOnSaveData: false, muted: false, loading: 'lazy', videoTitle: '', legacyTitle: null, subtitlesLang: '',
    subtitles: [], productsSrc: '', agoraAppId: '', agoraChannel: '', agoraUid: '', agoraToken: '', agoraHostUid: '',
    agoraDataUids: '', latency: 'ultra-low', prefer: 'rtc', rtcTimeout: RTC_TIMEOUT_MS, qoeInterval: QOE_INTERVAL_S, tokenProvider: null,
    agoraClientFactory: null, state: 'idle', engine: null, paused: true, behindLive: false,
  };
}
