// Low-Latency HLS on the HLS path: the simulated server's LL mode (?ll=1 on the clock ladder, demo/server/ll-hls.mjs)
// played by a real player, with its latency read from the frame numbers burned into the picture (never from the
// player), the live-edge catch-up's playback rate, and the latency figures of the QoE report.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import { MAX_CATCH_UP_RATE } from '../../src/player/engines/hls-engine.js';
import { PART_BACK_BUFFER_S } from '../../src/player/engines/part-back-buffer.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { QoeDetail } from '../../src/player/player-events.js';
// @ts-expect-error plain browser module shared with the latency benchmark
import { latencyMs, watchClock } from '../bench/latency/clock-reader.js';
import { cleanup, eventMatching, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveOrigin, liveSession } from '../support/live.js';

interface Sample { n: number | null; presentedMs: number }
interface Reader { samples: Sample[]; stop(): void }

const epochMs = async (): Promise<number> => (await (await fetch(`${liveOrigin}/__clock`)).json()).epochMs;
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function playClockStream(attributes = '') {
  const session = liveSession({ ll: 1 });
  const src = `${liveOrigin}/live/clock.m3u8?ll=1&sid=${session.sid}`;
  const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${src}" autoplay muted ${attributes}></shoplive-player>`);
  await nextEvent(player, 'shoplive-first-frame', 20_000);
  const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
  const reader: Reader = watchClock(video);
  return { session, player, video, reader, epoch: await epochMs() };
}

/** Glass-to-glass latency (ms) of the last `count` frames read. */
const recentLatency = (reader: Reader, epoch: number, count: number) =>
  reader.samples.slice(-count).map((s) => latencyMs(s, epoch)).filter((x): x is number => x !== null);

describe('LL-HLS (clock ladder, ?ll=1)', () => {
  afterEach(cleanup);

  it('plays parts fetched after blocking reloads, under 3 s behind the burned-in clock', async function () {
    this.timeout(60_000);
    const { session, reader, epoch } = await playClockStream();
    // Six seconds of presented frames (24 fps), all decodable.
    await waitFor(() => reader.samples.length >= 144, '144 frames presented', 30_000);
    reader.stop();
    const latencies = recentLatency(reader, epoch, 50);
    expect(latencies.length, 'clock readable on every frame').to.equal(50);
    const median = medianOf(latencies);
    expect(median, `median latency ${median} ms`).to.be.within(400, 3000);
    const requests = await session.requests();
    expect(requests.some((r) => /\/\d+\.\d\.ts$/.test(r.path) && r.status === 200), 'parts loaded').to.equal(true);
    expect(requests.some((r) => r.path.endsWith('index.m3u8') && /_HLS_msn=\d+/.test(r.query)), 'blocking reloads').to.equal(true);
  });

  it('catches up with the live edge after a pause, never faster than the rate limit', async function () {
    this.timeout(90_000);
    const { video, reader, epoch } = await playClockStream();
    await waitFor(() => reader.samples.length >= 50, '50 frames presented', 30_000);
    const before = medianOf(recentLatency(reader, epoch, 25));
    const rates: number[] = [];
    video.addEventListener('ratechange', () => rates.push(video.playbackRate));
    video.pause();
    // The stream goes on while paused: wait until about 2 s more than the target are buffered ahead.
    const ahead = () => (video.buffered.length ? video.buffered.end(video.buffered.length - 1) - video.currentTime : 0);
    await waitFor(() => ahead() > 3.5, 'the buffer grew by 2 s while paused', 20_000);
    const resumedAt = reader.samples.length;
    await video.play();
    const behind = await waitFor(() => {
      const recent = recentLatency(reader, epoch, 5);
      return reader.samples.length >= resumedAt + 5 && recent.length === 5 && medianOf(recent);
    }, 'frames after the pause', 10_000);
    expect(behind, 'further behind after the pause').to.be.greaterThan(before + 1000);
    // hls.js nudges the rate up while behind, then back to 1 once near its target.
    await waitFor(() => rates.some((r) => r > 1) && video.playbackRate === 1, 'a catch-up that ended', 60_000);
    reader.stop();
    expect(Math.max(...rates)).to.be.above(1).and.at.most(MAX_CATCH_UP_RATE);
    expect(MAX_CATCH_UP_RATE).to.be.at.most(1.1);
    const after = medianOf(recentLatency(reader, epoch, 10));
    expect(after, `latency after the catch-up ${after} ms, ${behind} ms before it`).to.be.below(behind - 1000);
  });

  it('trims the back buffer only between segments, never while a segment is half loaded in parts', async function () {
    // hls.js trims when the playing fragment changes; a trim that lands between the parts of one segment makes it
    // forget the parts already buffered and stall for seconds once that segment completes (docs/performance.md).
    this.timeout(90_000);
    const loaded: string[] = [];
    const removals: { afterLoading: string | undefined; end: number }[] = [];
    const send = XMLHttpRequest.prototype.send;
    const remove = SourceBuffer.prototype.remove;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, ...args) {
      this.addEventListener('load', () => loaded.push(new URL(this.responseURL).pathname));
      return send.apply(this, args);
    };
    SourceBuffer.prototype.remove = function (this: SourceBuffer, start: number, end: number) {
      removals.push({ afterLoading: loaded.filter((path) => /\.ts$/.test(path)).at(-1), end });
      return remove.call(this, start, end);
    };
    try {
      const { video, reader } = await playClockStream();
      // Three trims need the back buffer to pass its length (10 s) three segments over.
      await waitFor(() => removals.length >= 3 * 2 && video.currentTime > PART_BACK_BUFFER_S + 8, 'three back-buffer trims', 60_000);
      reader.stop();
      // The clock ladder's segments have 4 parts (2 s of 0.5 s): after a trim's part, the segment is whole.
      const media = removals.map((each) => each.afterLoading ?? '');
      expect(media.every((path) => /\/\d+\.3\.ts$|\/\d+\.ts$/.test(path)), `last media loaded before each trim: ${media.join(', ')}`).to.equal(true);
      // It still trims: the back buffer stays near its length.
      expect(video.currentTime - video.buffered.start(0)).to.be.below(PART_BACK_BUFFER_S + 2 * 2 + 1);
    } finally {
      XMLHttpRequest.prototype.send = send;
      SourceBuffer.prototype.remove = remove;
    }
  });

  it('reports the latency to live in shoplive-qoe, close to the burned-in clock', async function () {
    this.timeout(60_000);
    const { player, reader, epoch } = await playClockStream('qoe-interval="1"');
    const report = (await eventMatching<QoeDetail>(player, 'shoplive-qoe', (d) => d.playingMs > 4000, 30_000)).detail;
    const truth = medianOf(recentLatency(reader, epoch, 10)) / 1000;
    reader.stop();
    const { behindEdgeS, programDateTimeS, targetS, playbackRate } = report.liveLatency;
    expect(targetS, 'PART-HOLD-BACK of the stream').to.equal(1.5);
    expect(behindEdgeS).to.be.a('number').within(0.5, 3);
    expect(playbackRate).to.be.a('number').within(1, MAX_CATCH_UP_RATE);
    // PDT comes from this machine's clock, as does the burned-in one: the player's estimate is within half a second.
    expect(programDateTimeS).to.be.a('number');
    expect(Math.abs(programDateTimeS! - truth), `player ${programDateTimeS} s, clock ${truth} s`).to.be.below(0.5);
  });
});
