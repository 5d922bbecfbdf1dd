import Hls, { ErrorDetails, Events, type ErrorData, type HlsConfig, type Level } from 'hls.js/dist/hls.light.mjs';
import { ptsDelta } from '../../subtitles/pts.js';
import { chooseStartVariant, estimateBandwidth, estimateRtt, saveBandwidth } from '../start-level.js';
import { LIVE_SYNC_SEGMENTS, warmUp } from '../warmup.js';
import type { EngineHost, LiveLatency, PlaybackEngine, QualityLevel, TimelineKind } from './engine.js';
import { LIVE_ABR, heldAbrController } from './hls-abr.js';
import { TailThroughput } from './tail-throughput.js';
import { LoadGuard } from './load-guard.js';
import { createPrefetchLoader, type PrefetchCounter } from './prefetch-loader.js';
import { HlsRecovery, segmentLoadPolicy, type FatalCode } from './hls-recovery.js';
import { PART_BACK_BUFFER_S, trimBackBufferBetweenSegments } from './part-back-buffer.js';
import { engineStaleWatch, type StaleWatch } from './stale-watch.js';
import { engineRefusals } from './support.js';

/** Forward buffer before the first frame: small, so the start segment is not competing with the next ones. */
const START_BUFFER_S = 4;
/** Just above the start rendition's bitrate and below the next one's in any sane ladder (rungs are >= 1.5x apart). */
const START_ESTIMATE_HEADROOM = 1.25;
/** Forward buffer once playing: rides out a few seconds of a weak mobile link. */
const PLAYING_BUFFER_S = 20;
/**
 * Live-edge catch-up: hls.js plays up to this much faster while it is behind its target latency. 10 % is below what
 * listeners notice (and browsers keep the pitch when they change the rate); it drains about 1 s of extra latency per
 * 10 s of playback.
 */
export const MAX_CATCH_UP_RATE = 1.1;

function toQualityLevel(level: Level, index: number): QualityLevel {
  return { index, width: level.width, height: level.height, bitrate: level.bitrate };
}

/**
 * hls.js tuned for a fast live start: it reuses the warm-up's playlists and first segment, starts on the rendition
 * the warm-up chose instead of measuring bandwidth first, and recovers from network and media errors by itself.
 */
class HlsEngine implements PlaybackEngine {
  readonly kind = 'hls' as const;
  readonly prefetch: PrefetchCounter = { hits: 0, misses: 0 };
  private hls?: Hls;
  private readonly recovery: HlsRecovery;
  private readonly staleWatch: StaleWatch;
  /** Every URL hls.js takes from a playlist, and every playlist it parses, passes this first. */
  private readonly guard: LoadGuard;
  private fragmentsBuffered = 0;
  /** Index of the rendition on screen (hls.js's LEVEL_SWITCHED), -1 before the first. */
  private playingLevel = -1;
  private readonly gapsReported = new Set<number | 'initSegment'>();
  private destroyed = false;
  private timelineKind: TimelineKind | null = null;
  /** Timestamp origin (seconds) of each discontinuity, from hls.js: media time = PTS - origin. */
  private readonly initPts = new Map<number, number>();

  constructor(private readonly host: EngineHost) {
    this.guard = new LoadGuard(engineRefusals(host));
    this.recovery = new HlsRecovery(host, (code, data, why) => this.fail(code, data, why), (url) => this.guard.reason(url));
    // A playlist that froze and caught up leaves the picture behind by the length of the freeze: back to live.
    this.staleWatch = engineStaleWatch(host, () => this.recovery.resyncOnProgress());
  }

  async start(): Promise<void> {
    const { host } = this;
    const plan = await warmUp(host.src, host.box);
    // Torn down while the warm-up was in flight: do not create a player nobody will destroy.
    if (this.destroyed) return;
    const tail = new TailThroughput();
    const config: Partial<HlsConfig> = {
      loader: createPrefetchLoader(Hls.DefaultConfig.loader, this.prefetch, this.guard),
      testBandwidth: false,
      // hls.js's ABR would otherwise overrule the start rendition before the first segment: seed its estimate so that
      // the warm-up's choice is also ABR's, until real throughput has been measured.
      abrEwmaDefaultEstimate: plan?.start ? plan.start.bandwidth * START_ESTIMATE_HEADROOM : estimateBandwidth(),
      ...LIVE_ABR,
      abrController: heldAbrController(undefined, undefined, () => tail.latest()),
      capLevelToPlayerSize: true,
      // An LL-HLS stream sets its own target (PART-HOLD-BACK), which a user-set count would overrule; otherwise start
      // where the warm-up's prefetched segment is.
      ...(plan?.lowLatency ? {} : { liveSyncDurationCount: LIVE_SYNC_SEGMENTS }),
      lowLatencyMode: true,
      maxLiveSyncPlaybackRate: MAX_CATCH_UP_RATE,
      maxBufferLength: START_BUFFER_S,
      // On a stream with parts, trimBackBufferBetweenSegments takes this over (and sets hls.js's to Infinity).
      backBufferLength: PART_BACK_BUFFER_S,
      // The light ESM build has no inline worker (a worker would need a workerPath script, a TrustedScriptURL under
      // Trusted Types); transmuxing a 2 s segment on the main thread costs a few ms.
      enableWorker: false,
      // Timed metadata is read from hls.js events; its metadata <track> uses a data: URL a strict CSP blocks.
      enableDateRangeMetadataCues: false,
      enableID3MetadataCues: false,
      enableEmsgMetadataCues: false,
      fragLoadPolicy: segmentLoadPolicy(),
      errorController: this.recovery.errorController,
      // A rendition penalised for errors during an outage may be chosen again once the link is back.
      errorPenaltyExpireMs: 15_000,
    };
    const hls = new Hls(config);
    this.hls = hls;
    trimBackBufferBetweenSegments(hls, host.video);
    tail.attach(hls);
    this.recovery.attach(hls);
    hls.on(Events.ERROR, (_event, data) => data.details === ErrorDetails.FRAG_GAP && this.reportRefusedGap(data));
    hls.on(Events.MANIFEST_LOADED, (_event, data) => {
      const tracks = (data.subtitles ?? [])
        .filter((track) => track.url)
        .map((track) => ({ lang: track.lang || 'und', name: track.name, url: track.url, default: track.default }));
      if (tracks.length) {
        host.signal({ type: 'subtitle-tracks', tracks, toMediaTime: (pts, cc) => this.ptsToMediaTime(pts, cc) });
      }
    });
    hls.on(Events.INIT_PTS_FOUND, (_event, data) => {
      this.initPts.set(data.frag.cc, data.initPTS / data.timescale);
      host.signal({ type: 'timeline' });
    });
    hls.on(Events.MANIFEST_PARSED, (_event, data) => {
      const startUrl = plan?.start?.url;
      let start = data.levels.findIndex((level) => level.uri === startUrl);
      if (start < 0) {
        const choice = chooseStartVariant(
          data.levels.map((level) => ({ url: level.uri, bandwidth: level.bitrate, width: level.width, height: level.height })),
          { ...host.box, devicePixelRatio: devicePixelRatio || 1, bandwidth: estimateBandwidth(), segmentSeconds: 2, rttMs: estimateRtt() },
        );
        start = data.levels.findIndex((level) => level.bitrate === choice.bandwidth);
      }
      hls.startLevel = Math.max(0, start);
      // ABR may re-decide before the first fragment (on its own estimate of an unmeasured link): pin that one fragment
      // to the rendition the warm-up fetched; ABR takes over from the second.
      hls.nextLoadLevel = Math.max(0, start);
      host.signal({ type: 'levels', levels: data.levels.map(toQualityLevel) });
    });
    hls.on(Events.LEVEL_SWITCHED, (_event, data) => {
      this.playingLevel = data.level;
      this.reportPlayingLevel();
    });
    hls.on(Events.LEVEL_LOADED, (_event, { details }) => {
      if (details.live) this.staleWatch.observe(details.endSN, details.targetduration);
      // A live or EVENT playlist that gains #EXT-X-ENDLIST turns into a recording: the show has ended.
      const kind = !details.live ? 'vod' : details.type === 'EVENT' ? 'event' : 'live';
      if (kind !== this.timelineKind) host.signal({ type: 'timeline-kind', kind: (this.timelineKind = kind) });
    });
    hls.on(Events.FRAG_BUFFERED, () => {
      if (++this.fragmentsBuffered === 1) hls.config.maxBufferLength = PLAYING_BUFFER_S;
      if (this.fragmentsBuffered % 5 === 0) saveBandwidth(hls.bandwidthEstimate);
    });
    hls.on(Events.LEVEL_UPDATED, (_event, { details }) => {
      if (details.live) host.signal({ type: 'live-edge' });
      for (const range of Object.values(details.dateRanges)) {
        if (range) host.signal({ type: 'timed-metadata', metadata: { kind: 'daterange', attrs: { ...range.attr }, start: range.startTime } });
      }
    });
    hls.on(Events.FRAG_PARSING_METADATA, (_event, { samples }) => {
      for (const sample of samples) host.signal({ type: 'timed-metadata', metadata: { kind: 'id3', data: sample.data, pts: sample.pts } });
    });
    // Media first: with prefetched playlists the level can be ready before MEDIA_ATTACHED, and hls.js would then sit
    // out its 100 ms tick before asking for the first fragment (measured in the benchmark).
    hls.once(Events.MEDIA_ATTACHED, () => hls.loadSource(host.src));
    hls.attachMedia(host.video);
  }

  /** Media time of an MPEG-TS timestamp of discontinuity `cc`: hls.js sets media time = PTS - origin(cc). */
  private ptsToMediaTime(ptsSeconds: number, cc: number): number | null {
    const origin = this.initPts.get(cc);
    return origin === undefined ? null : ptsDelta(ptsSeconds, origin);
  }

  /** hls.js steps over a segment the guard marked as a gap (its URL was refused): tell the host, once per segment. */
  private reportRefusedGap(data: ErrorData): void {
    const frag = data.frag;
    const refused = frag && this.guard.reason(frag.url);
    if (!frag || !refused || this.gapsReported.has(frag.sn)) return;
    this.gapsReported.add(frag.sn);
    if (this.gapsReported.size > 100) this.gapsReported.delete(this.gapsReported.values().next().value!);
    this.host.signal({ type: 'error', error: { code: 'segment-skipped', message: `Segment ${frag.sn} was skipped: its URL was refused (${refused}).`, fatal: false } });
  }

  private fail(code: FatalCode, data: ErrorData, why?: string): void {
    const status = data.response?.code ? ` (HTTP ${data.response.code})` : '';
    this.host.signal({ type: 'error', error: { code, message: why ? `${data.details}: ${why}` : `${data.details}${status}`, fatal: true } });
    this.destroy();
  }

  destroy(): void {
    this.destroyed = true;
    this.recovery.destroy();
    this.staleWatch.stop();
    if (this.hls) saveBandwidth(this.hls.bandwidthEstimate);
    this.hls?.destroy();
    this.hls = undefined;
  }

  setLevel(index: number): void {
    if (!this.hls) return;
    // currentLevel flushes the buffer so the choice shows at once; -1 hands control back to ABR.
    this.hls.currentLevel = index;
    // Pinning the rendition already on screen (or handing it back to ABR) switches nothing, so hls.js stays silent;
    // the shopper's choice still changed `auto`, and the menu and the host hear it.
    if (index === -1 || index === this.playingLevel) this.reportPlayingLevel();
  }

  private reportPlayingLevel(): void {
    const hls = this.hls;
    const level = hls?.levels[this.playingLevel];
    if (hls && level) this.host.signal({ type: 'level-switched', level: toQualityLevel(level, this.playingLevel), auto: hls.autoLevelEnabled });
  }

  currentLevel(): QualityLevel | null {
    const hls = this.hls;
    if (!hls) return null;
    const index = hls.currentLevel >= 0 ? hls.currentLevel : hls.loadLevel;
    const level = hls.levels[index];
    return level ? toQualityLevel(level, index) : null;
  }

  liveSyncPosition(): number | null {
    return this.hls?.liveSyncPosition ?? null;
  }

  liveLatency(): LiveLatency {
    const hls = this.hls;
    // hls.js answers 0 for latency until it has a live playlist: unknown, not "at the edge".
    const live = hls?.levels[hls.currentLevel >= 0 ? hls.currentLevel : hls.loadLevel]?.details?.live === true;
    return {
      behindEdgeS: hls && live ? hls.latency : null,
      programDateTimeMs: hls?.playingDate?.getTime() ?? null,
      targetS: hls && live ? hls.targetLatency : null,
      playbackRate: this.host.video.playbackRate,
    };
  }

  bandwidthEstimate(): number {
    return this.hls?.bandwidthEstimate ?? 0;
  }
}

export function createHlsEngine(host: EngineHost): PlaybackEngine {
  return new HlsEngine(host);
}
