// The link model behind the benchmark's link mode (docs/performance.md, "Link model"). Pure scheduling: no I/O and
// no clock of its own. proxy.mjs drives it in real time, simulate.mjs on a virtual clock (predictions, selftest).
//
// A link is the shopper's access line. Every connection through it shares its two pipes, down (server to browser) and
// up (browser to server). Each connection has a round-trip time, the link's unless it is given its own.
// - Serialization: a pipe sends one segment (at most 1460 B) at a time at its rate. Connections that have data take
//   turns, one segment each (fair queueing), so N busy connections get 1/N of the rate each.
// - Latency: a byte whose segment finishes serializing at t reaches the far end at t + RTT/2.
// - Slow start: a sender may have at most cwnd bytes unacknowledged. cwnd starts at 10 segments and grows by every
//   byte acknowledged, so it doubles each round trip (10, 20, 40 … segments). A byte's ack reaches the sender at its
//   serialization end + RTT. cwnd stops growing at the bandwidth-delay product plus 2 segments. From there the pipe
//   is the limit, not the window, and no standing queue builds up. An idle connection keeps its window, like Linux
//   with tcp_slow_start_after_idle=0 (what CDNs set).
// - Handshake: a new connection's first bytes leave no earlier than 1 RTT after connect (SYN, SYN-ACK). The model
//   adds nothing for TLS. TLS 1.3 still costs its round trip, because its handshake bytes cross the link like any
//   others.
// Not modelled: loss and retransmission, receive windows, delayed acks, the acks' own bytes on the reverse pipe.

export const MSS = 1460;
export const INITIAL_SEGMENTS = 10;

/** Bytes per millisecond from megabits per second (decimal, as link speeds are quoted). */
export const bytesPerMs = (mbps) => (mbps * 1e6) / 8 / 1000;

/** A link's parameters: `{ rttMs, downMbps, upMbps }`, plus segment size and initial window for tests. */
export function linkConfig({ rttMs, downMbps, upMbps, mss = MSS, initialSegments = INITIAL_SEGMENTS }) {
  if (!(rttMs >= 0) || !(downMbps > 0) || !(upMbps > 0)) throw new Error(`bad link ${JSON.stringify({ rttMs, downMbps, upMbps })}`);
  return { rttMs, downMbps, upMbps, mss, initialSegments };
}

/** The largest window a connection reaches on a pipe: its bandwidth-delay product plus 2 segments. */
export const maxWindow = (rate, rttMs, mss, initialSegments) => Math.max(initialSegments * mss, Math.ceil(rate * rttMs) + 2 * mss);

/** One direction of one connection: what its sender has queued and what it may still put on the pipe. */
class Flow {
  constructor(pipe, { rttMs, openAt, initialWindow, cap }) {
    this.pipe = pipe;
    this.rttMs = rttMs;
    this.oneWayMs = rttMs / 2;
    this.openAt = openAt;
    this.cwnd = initialWindow;
    this.cap = cap;
    this.queued = 0; // handed to the sender, not yet serialized
    this.inFlight = 0; // serialized, ack not yet back
    this.acks = []; // [time the ack reaches the sender, bytes], in time order
    this.ackHead = 0;
    this.sent = 0; // bytes serialized so far
    this.closed = false;
  }

  /** Acks that have reached the sender by `t` free the window and grow it (slow start, up to the cap). */
  settle(t) {
    while (this.ackHead < this.acks.length && this.acks[this.ackHead][0] <= t) {
      const bytes = this.acks[this.ackHead++][1];
      this.inFlight -= bytes;
      this.cwnd = Math.min(this.cap, this.cwnd + bytes);
    }
    if (this.ackHead > 256) (this.acks = this.acks.slice(this.ackHead), (this.ackHead = 0));
  }

  canSend(t) {
    return this.queued > 0 && this.openAt <= t && this.inFlight < this.cwnd;
  }

  /** When this flow could next send, if it has data and nothing else changes; Infinity if it has none. */
  readyAt(t) {
    if (this.queued === 0) return Infinity;
    if (this.openAt > t) return this.openAt;
    if (this.inFlight < this.cwnd) return t;
    return this.ackHead < this.acks.length ? this.acks[this.ackHead][0] : Infinity;
  }
}

/** A pipe: one serializer at `rate` bytes/ms, shared round-robin by its flows. */
class Pipe {
  constructor(rate, mss, initialSegments) {
    this.rate = rate;
    this.mss = mss;
    this.initialSegments = initialSegments;
    this.flows = [];
    this.turn = 0;
    this.freeAt = -Infinity; // when the serializer finishes its current segment
    this.time = -Infinity; // everything before this instant has been decided
  }

  flow(rttMs, openAt) {
    const f = new Flow(this, {
      rttMs,
      openAt,
      initialWindow: this.initialSegments * this.mss,
      cap: maxWindow(this.rate, rttMs, this.mss, this.initialSegments),
    });
    this.flows.push(f);
    return f;
  }

  /** Decides every segment that starts serializing at or before `now`; appends its delivery to `out`. */
  advance(now, out) {
    for (;;) {
      const s = Math.max(this.freeAt, this.time);
      if (s > now) break;
      for (const f of this.flows) f.settle(s);
      const flow = this.pick(s);
      if (flow) {
        const bytes = Math.min(flow.queued, this.mss, flow.cwnd - flow.inFlight);
        const end = s + bytes / this.rate;
        flow.queued -= bytes;
        flow.inFlight += bytes;
        flow.sent += bytes;
        flow.acks.push([end + flow.rttMs, bytes]);
        out.push({ flow, bytes, at: end + flow.oneWayMs });
        this.freeAt = end;
        this.time = s;
        continue;
      }
      // Nothing can go now: skip to the next ack or opening, if that is still in the past.
      const next = Math.min(...this.flows.map((f) => f.readyAt(s)));
      if (next > now) break;
      this.time = next;
    }
    this.time = Math.max(this.time, now);
    if (this.flows.some((f) => f.closed)) this.flows = this.flows.filter((f) => !f.closed);
  }

  /** The next flow after the last one served that may send at `t` (round robin). */
  pick(t) {
    const n = this.flows.length;
    for (let i = 0; i < n; i++) {
      const k = (this.turn + i) % n;
      if (this.flows[k].canSend(t)) {
        this.turn = k + 1;
        return this.flows[k];
      }
    }
    return null;
  }

  /** The earliest instant at which advance() would decide something new (Infinity: nothing queued). */
  nextWake() {
    const s = Math.max(this.freeAt, this.time);
    let next = Infinity;
    for (const f of this.flows) next = Math.min(next, f.readyAt(s));
    return next === Infinity ? Infinity : Math.max(next, s);
  }
}

/**
 * The model of one link. `connect(now)` opens a connection (its flows `up` and `down`), `send(flow, bytes, now)` hands
 * bytes to a flow's sender, `advance(now)` returns the deliveries decided up to `now` (`{ flow, bytes, at }`, `at` being
 * when those bytes reach the far end, in order per flow), and `nextWake()` says when to call advance() again.
 */
export class LinkModel {
  constructor(config) {
    this.config = linkConfig(config);
    const { mss, initialSegments } = this.config;
    this.down = new Pipe(bytesPerMs(this.config.downMbps), mss, initialSegments);
    this.up = new Pipe(bytesPerMs(this.config.upMbps), mss, initialSegments);
    this.outbox = [];
    this.connections = 0;
  }

  /** A new connection at `now`: its first bytes may leave 1 RTT later (the TCP handshake). */
  connect(now, { rttMs = this.config.rttMs } = {}) {
    const openAt = now + rttMs;
    return { id: ++this.connections, rttMs, openAt, up: this.up.flow(rttMs, openAt), down: this.down.flow(rttMs, openAt) };
  }

  send(flow, bytes, now) {
    if (!(bytes > 0)) return;
    flow.pipe.advance(now, this.outbox); // what was decided before these bytes existed stays decided
    flow.queued += bytes;
  }

  /** The connection is gone: whatever its senders still hold is dropped and its flows leave the pipes. */
  close(connection) {
    for (const flow of [connection.up, connection.down]) {
      flow.closed = true;
      flow.queued = 0;
    }
  }

  advance(now) {
    this.down.advance(now, this.outbox);
    this.up.advance(now, this.outbox);
    const out = this.outbox;
    this.outbox = [];
    return out;
  }

  nextWake() {
    return Math.min(this.down.nextWake(), this.up.nextWake());
  }
}

/**
 * The closed form of a transfer on a connection on its own: `bytes` sent at once by a sender whose window is `window`
 * bytes, one-way latency RTT/2. Counts window rounds: each round puts min(window, what is left) on the pipe, and the
 * next round starts when the round's first ack returns or when the pipe is free, whichever is later. Returns the ms
 * until the last byte arrives, the number of rounds and the window of each round that the window limited (in
 * segments; from there on the pipe's rate is the limit). Used in docs and to cross-check the scheduler.
 */
export function transferTime({ bytes, rate, rttMs, mss = MSS, initialSegments = INITIAL_SEGMENTS, window = initialSegments * mss }) {
  const cap = maxWindow(rate, rttMs, mss, initialSegments);
  let cwnd = Math.min(window, cap);
  let left = bytes;
  let t = 0; // when the current round starts
  let rounds = 0;
  let end = 0;
  const windows = [];
  while (left > 0) {
    const burst = Math.min(cwnd, left);
    if (windows.length === rounds && burst / rate < rttMs) windows.push(Math.round(cwnd / mss));
    end = t + burst / rate;
    left -= burst;
    rounds++;
    // The first segment's ack returns at t + mss/rate + RTT; later ones follow at the pipe's pace, which is what
    // lets the window keep the pipe busy once it reaches the bandwidth-delay product.
    t = Math.max(end, t + Math.min(mss, burst) / rate + rttMs);
    cwnd = Math.min(cap, cwnd * 2);
  }
  return { ms: end + rttMs / 2, rounds, windows };
}
