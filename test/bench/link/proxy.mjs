// The link emulator: TCP proxies on loopback that carry every byte through one LinkModel (model.mjs) in real time.
//
//   const link = new Link({ rttMs: 300, downMbps: 4, upMbps: 1 });
//   const route = await link.listen({ host: '127.0.0.3', port: 0, upstream: { host: '127.0.0.1', port: 8443 } });
//   … connect to route.host:route.port …
//   await link.close();
//
// All routes of a link share its pipes, as every origin a shopper talks to shares the shopper's line. The proxy reads
// what each side writes as soon as it arrives and hands the byte count to the model. The model says when those bytes
// reach the other side. Buffers wait in per-flow queues stamped with that time, and one timer per link (set to the
// next delivery or model decision) writes them out. Late timers do not add up: every time comes from the model's
// schedule, not from when a timer happened to fire.
import { createServer, connect as tcpConnect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { LinkModel } from './model.mjs';

/** A sender's unsent bytes above this pause its socket (the emulator's buffer, not part of the model). */
const PAUSE_BYTES = 4 << 20;
const RESUME_BYTES = 1 << 20;
/**
 * Node's timers fire up to ~1.5 ms early or late (millisecond loop clock). A delivery due within this much of now goes
 * out now rather than on one more timer, which would be late by a millisecond at least. It is early by half of that on
 * average, against a loopback hop's own fraction of a millisecond.
 */
const EARLY_MS = 1;

export class Link {
  constructor(config, { clock = () => performance.now() } = {}) {
    this.model = new LinkModel(config);
    this.config = this.model.config;
    this.clock = clock;
    this.flows = new Set(); // flows with bytes queued or travelling, or an end still to pass on
    this.servers = new Set();
    this.sockets = new Set();
    this.connections = []; // every connection's byte counts, in accept order (the probe reads them)
    this.timer = null;
    this.timerAt = Infinity;
  }

  /** A proxy on `host:port` for `upstream`; connections through it take `rttMs` (default: the link's). */
  async listen({ host = '127.0.0.1', port = 0, upstream, rttMs }) {
    const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => this.accept(client, upstream, rttMs));
    await new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => (server.off('error', fail), ok()));
    });
    this.servers.add(server);
    return { host, port: server.address().port, close: () => new Promise((ok) => server.close(() => ok())) };
  }

  accept(client, upstream, rttMs) {
    const now = this.clock();
    const conn = this.model.connect(now, rttMs === undefined ? {} : { rttMs });
    const server = tcpConnect({ host: upstream.host, port: upstream.port, allowHalfOpen: true, noDelay: true });
    // Bytes read from each side and delivered to the other; firstUp is the client's first write (a ClientHello).
    const stats = { id: conn.id, clientPort: client.remotePort, openedAt: now, up: 0, down: 0, upDelivered: 0, downDelivered: 0, firstUp: 0 };
    this.connections.push(stats);
    const up = this.wire(conn.up, client, server, (n) => ((stats.firstUp ||= n), (stats.up += n)), (n) => (stats.upDelivered += n));
    const down = this.wire(conn.down, server, client, (n) => (stats.down += n), (n) => (stats.downDelivered += n));
    let closed = false;
    // Clean (both FINs delivered): the sockets close by themselves once their writes flush. Reset: destroy both.
    const teardown = (error) => {
      if (closed) return;
      closed = true;
      if (error) (client.destroy(), server.destroy());
      this.model.close(conn);
      for (const flow of [up, down]) {
        flow.dead = true;
        this.flows.delete(flow);
      }
    };
    for (const [socket, reading] of [[client, up], [server, down]]) {
      this.sockets.add(socket);
      socket.on('error', (error) => teardown(error)); // a reset on one side resets the other
      // Closed without a FIN first: pass on an end, after what is still travelling.
      socket.on('close', () => (this.sockets.delete(socket), reading.endAt === null && this.end(reading)));
    }
    // Both halves closed cleanly (FIN each way, delivered): the connection is done.
    const done = () => up.finished && down.finished && teardown(null);
    up.onFinished = done;
    down.onFinished = done;
  }

  /** One direction: bytes read from `source` go through the model's `flow` and are written to `target` on time. */
  wire(flow, source, target, onRead, onDelivered) {
    Object.assign(flow, { source, target, onDelivered, pending: [], pendingBytes: 0, travelling: [], endAt: null, finished: false, paused: false });
    source.on('data', (buffer) => {
      if (flow.dead) return;
      const now = this.clock();
      onRead(buffer.length);
      flow.pending.push(buffer);
      flow.pendingBytes += buffer.length;
      this.flows.add(flow);
      this.model.send(flow, buffer.length, now);
      if (flow.pendingBytes > PAUSE_BYTES && !flow.paused) (source.pause(), (flow.paused = true));
      this.pump();
    });
    // A FIN travels like a byte: it reaches the far end one way later, after everything sent before it.
    source.on('end', () => this.end(flow));
    return flow;
  }

  end(flow) {
    if (flow.dead || flow.endAt !== null) return;
    flow.endAt = this.clock() + flow.oneWayMs;
    this.flows.add(flow);
    this.pump();
  }

  /** Takes the model's decisions up to now, writes what is due, and sets the timer for the next thing to happen. */
  pump() {
    const now = this.clock();
    for (const { flow, bytes, at } of this.model.advance(now)) flow.dead || flow.travelling.push([at, this.take(flow, bytes)]);
    let next = this.model.nextWake();
    for (const flow of this.flows) {
      const due = [];
      while (flow.travelling.length && flow.travelling[0][0] <= now + EARLY_MS) due.push(flow.travelling.shift()[1]);
      if (due.length && !flow.target.destroyed) {
        const buffer = due.length === 1 ? due[0] : Buffer.concat(due);
        flow.target.write(buffer);
        flow.onDelivered(buffer.length);
      }
      if (flow.paused && flow.pendingBytes < RESUME_BYTES) (flow.source.resume(), (flow.paused = false));
      if (flow.travelling.length) next = Math.min(next, flow.travelling[0][0]);
      else if (flow.pendingBytes === 0 && flow.endAt !== null) {
        if (flow.endAt <= now + EARLY_MS) {
          this.flows.delete(flow);
          if (!flow.finished) {
            flow.finished = true;
            if (!flow.target.destroyed) flow.target.end();
            flow.onFinished?.();
          }
        } else next = Math.min(next, flow.endAt);
      } else if (flow.pendingBytes === 0) this.flows.delete(flow);
    }
    this.schedule(next, now);
  }

  /** The first `bytes` of the flow's unsent buffers. */
  take(flow, bytes) {
    const parts = [];
    let need = bytes;
    while (need > 0) {
      const head = flow.pending[0];
      if (head.length <= need) {
        parts.push(flow.pending.shift());
        need -= head.length;
      } else {
        parts.push(head.subarray(0, need));
        flow.pending[0] = head.subarray(need);
        need = 0;
      }
    }
    flow.pendingBytes -= bytes;
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  schedule(at, now) {
    if (at === Infinity || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.pump();
    }, Math.max(0, at - now));
  }

  async close() {
    clearTimeout(this.timer);
    this.timerAt = -Infinity; // no more timers
    for (const socket of this.sockets) socket.destroy();
    await Promise.all([...this.servers].map((server) => new Promise((ok) => server.close(() => ok()))));
    this.servers.clear();
  }
}
