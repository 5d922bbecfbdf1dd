// Network schedules for the weak-network benchmark (weak.mjs): the downlink rate of the link emulator, and when.
//
// Each scenario is a list of steps `{ at, downMbps }` (ms since navigation start) that weak.mjs applies to the shared
// downlink of a link emulator (link/proxy.mjs: TCP handshake, slow start, shared pipe) while a page plays. Every page
// of one run gets the same schedule, so the pages of a run see the same network at the same moment of their show.
import { mulberry32 } from '../../src/size/model/fit-lib.mjs';

const mbps = (n) => Math.round((n * 1e6) / 8);
/** The link's round trip (ms): a mobile link, not a cross-border one. */
export const RTT_MS = 100;
export const UP_MBPS = 1;
const link = (downMbps) => ({ downMbps });
/**
 * A dead link, not an offline browser: requests in flight and new ones hang (20 kb/s, one 1460 B packet every 0.6 s)
 * instead of failing at once, as in a tunnel or a cell handover. navigator.onLine stays true, so no player is told.
 */
const DEAD = { downMbps: 0.02 };

// mulberry32 (the size model's seeded PRNG): both pages of a run get the same jitter trace.
const prng = mulberry32;

const PACKET_BYTES = 1500;
/**
 * Throughput of one TCP flow on a 4 Mb/s link losing `loss` of its packets, per `tickMs`: every round trip the flow
 * sends `cwnd` packets; if any is lost cwnd halves (Reno's multiplicative decrease), else it grows by one packet. The
 * rate is cwnd / RTT, capped by the link (the emulator's pipe itself has no loss). With 2 % loss and a 100 ms RTT the mean is near Mathis' 1.22 · MSS / (RTT · √p)
 * ≈ 1 Mb/s, swinging between about 0.3 and 2.5 Mb/s: around the 360p and 720p rungs, where an ABR can oscillate.
 */
export function lossTrace({ seed, durationMs, capMbps = 4, loss = 0.02, rttMs = RTT_MS, tickMs = 500, minCwnd = 2 }) {
  const random = prng(seed);
  const capPackets = (mbps(capMbps) * rttMs) / 1000 / PACKET_BYTES;
  let cwnd = 10;
  const steps = [];
  for (let at = 0; at < durationMs; at += tickMs) {
    let sent = 0;
    const rtts = Math.max(1, Math.round(tickMs / rttMs));
    for (let i = 0; i < rtts; i++) {
      const window = Math.min(cwnd, capPackets);
      sent += window;
      const lost = 1 - (1 - loss) ** window > random();
      cwnd = lost ? Math.max(minCwnd, cwnd / 2) : Math.min(cwnd + 1, capPackets);
    }
    const bytesPerS = (sent * PACKET_BYTES) / ((rtts * rttMs) / 1000);
    steps.push({ at, downMbps: Math.min((bytesPerS * 8) / 1e6, capMbps) });
  }
  return steps;
}

/** Scenario durations (ms); `quick` is the short variant for iteration. */
const TIMES = {
  full: { steps: [30_000, 30_000, 40_000], jitter: 60_000, outage: [20_000, 5000, 25_000] },
  quick: { steps: [15_000, 20_000, 25_000], jitter: 35_000, outage: [15_000, 5000, 20_000] },
};

/**
 * The scenarios. `steps`: 4 Mb/s, then 600 kb/s (below the 360p rung's 0.77 Mb/s), then 4 Mb/s again; `returnAt` is
 * the step up, from which "time back to the top rendition" counts. `jitter`: 2 % loss-like throughput on a 4 Mb/s
 * link. `outage`: 4 Mb/s with a 5 s dead link.
 */
export function scenarios(variant, seed) {
  const t = TIMES[variant];
  const [s1, s2, s3] = t.steps;
  const [o1, o2, o3] = t.outage;
  return {
    steps: {
      label: `bandwidth steps 4 Mb/s ${s1 / 1000} s → 600 kb/s ${s2 / 1000} s → 4 Mb/s ${s3 / 1000} s`,
      durationMs: s1 + s2 + s3,
      returnAt: s1 + s2,
      schedule: [{ at: 0, ...link(4) }, { at: s1, ...link(0.6) }, { at: s1 + s2, ...link(4) }],
    },
    jitter: {
      label: `2 % loss-like throughput jitter on 4 Mb/s, ${t.jitter / 1000} s`,
      durationMs: t.jitter,
      returnAt: null,
      schedule: lossTrace({ seed, durationMs: t.jitter }),
    },
    outage: {
      label: `4 Mb/s with a ${o2 / 1000} s dead link after ${o1 / 1000} s, ${(o1 + o2 + o3) / 1000} s`,
      durationMs: o1 + o2 + o3,
      returnAt: o1 + o2,
      schedule: [{ at: 0, ...link(4) }, { at: o1, ...DEAD }, { at: o1 + o2, ...link(4) }],
    },
  };
}

/** Mean downlink of a schedule over its duration (Mb/s), for the table. */
export function meanMbps(schedule, durationMs) {
  let bits = 0;
  schedule.forEach((step, i) => {
    const end = schedule[i + 1]?.at ?? durationMs;
    bits += step.downMbps * 1e6 * ((end - step.at) / 1000);
  });
  return bits / (durationMs / 1000) / 1e6;
}
