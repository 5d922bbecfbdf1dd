// The link model on a virtual clock: a discrete-event loop over LinkModel with small client/server scripts (echo, a TLS
// handshake, a request and its response). The probe's predictions come from here, and so do the selftest's schedules.
// Event order and times depend only on the inputs. Nothing waits on the wall clock.
import { LinkModel } from './model.mjs';

/** Typical TLS 1.3 flights, in bytes on the wire, for an ECDSA P-256 certificate (the probe passes measured ones). */
export const TLS_FLIGHTS = { clientHello: 520, serverFlight: 1400, clientFinished: 80 };

export class VirtualNet {
  constructor(config) {
    this.model = new LinkModel(config);
    this.now = 0;
    this.timers = []; // [t, fn]
    this.deliveries = []; // model deliveries still travelling, in no particular order
    this.totals = new Map(); // flow -> { sent, received, waiters: [[threshold, fn]] }
    this.log = []; // every delivery: { flow, bytes, at }, in the order decided
  }

  /** Runs `fn(t)` at virtual time `t`. */
  at(t, fn) {
    this.timers.push([Math.max(t, this.now), fn]);
  }

  connect(options) {
    const conn = this.model.connect(this.now, options);
    for (const flow of [conn.up, conn.down]) this.totals.set(flow, { sent: 0, received: 0, waiters: [] });
    return conn;
  }

  /** The sender of `flow` writes `bytes` now; `onArrived(t)` runs when the last of them reaches the far end. */
  send(flow, bytes, onArrived) {
    if (!(bytes > 0)) throw new Error(`send ${bytes} bytes: nothing would arrive`);
    const total = this.totals.get(flow);
    total.sent += bytes;
    this.model.send(flow, bytes, this.now);
    if (onArrived) total.waiters.push([total.sent, onArrived]);
  }

  run(limitMs = 3_600_000) {
    for (;;) {
      const decided = this.model.advance(this.now);
      this.log.push(...decided);
      this.deliveries.push(...decided);
      const due = this.deliveries.filter((d) => d.at <= this.now).sort((a, b) => a.at - b.at);
      if (due.length) this.deliveries = this.deliveries.filter((d) => d.at > this.now);
      for (const d of due) {
        const total = this.totals.get(d.flow);
        total.received += d.bytes;
        const ready = total.waiters.filter(([threshold]) => threshold <= total.received);
        total.waiters = total.waiters.filter(([threshold]) => threshold > total.received);
        for (const [, fn] of ready) fn(this.now);
      }
      const timers = this.timers.filter(([t]) => t <= this.now);
      if (timers.length) this.timers = this.timers.filter(([t]) => t > this.now);
      for (const [, fn] of timers) fn(this.now);
      if (due.length || timers.length) continue; // callbacks may have sent more at this same instant
      const next = Math.min(this.model.nextWake(), ...this.deliveries.map((d) => d.at), ...this.timers.map(([t]) => t));
      if (next === Infinity) return this.now;
      if (next > limitMs) throw new Error(`virtual run passed ${limitMs} ms`);
      this.now = Math.max(this.now, next);
    }
  }

  /** Client and server exchange one byte each way; `done(t)` when the reply is back. */
  echo(conn, done) {
    this.send(conn.up, 1, () => this.send(conn.down, 1, done));
  }

  /** A TLS 1.3 handshake: `secure(t)` when the client has the server's Finished and sends its own. */
  tls(conn, flights, secure) {
    const { clientHello, serverFlight, clientFinished } = { ...TLS_FLIGHTS, ...flights };
    this.send(conn.up, clientHello, () =>
      this.send(conn.down, serverFlight, (t) => {
        this.send(conn.up, clientFinished);
        secure(t);
      }),
    );
  }

  /** A request of `up` bytes answered by `down` bytes as soon as it has arrived; `done(t)` at the response's last byte. */
  fetch(conn, { up, down }, done) {
    this.send(conn.up, up, () => this.send(conn.down, down, done));
  }
}

/**
 * What the model predicts for the probe's steps, given the bytes the probe saw on the wire. Times in ms, each from the
 * start of its step: a fresh connection's first echo and a warm echo; a fresh TLS connection's handshake, its first
 * response and the next response on the same connection; two warm connections fetching at the same time.
 */
export function predictProbe(config, { tls = TLS_FLIGHTS, request, fresh, warm, parallel }) {
  const out = {};
  {
    const net = new VirtualNet(config);
    const conn = net.connect();
    net.echo(conn, (t) => {
      out.freshEcho = t;
      const t0 = t;
      net.echo(conn, (t1) => (out.warmEcho = t1 - t0));
    });
    net.run();
  }
  {
    const net = new VirtualNet(config);
    const conn = net.connect();
    net.tls(conn, tls, (t) => {
      out.secure = t;
      net.fetch(conn, { up: request, down: fresh }, (t1) => {
        out.fresh = t1;
        net.fetch(conn, { up: request, down: warm }, (t2) => (out.warm = t2 - t1));
      });
    });
    net.run();
  }
  {
    // Two connections, each warmed by one response of the same size, then both asked at once.
    const net = new VirtualNet(config);
    const conns = [net.connect(), net.connect()];
    let warmed = 0;
    const start = () => {
      const t0 = net.now;
      out.parallel = [];
      conns.forEach((conn, i) => net.fetch(conn, { up: request, down: parallel[i] }, (t) => (out.parallel[i] = t - t0)));
    };
    for (const conn of conns) {
      net.tls(conn, tls, () => net.fetch(conn, { up: request, down: warm }, () => ++warmed === conns.length && start()));
    }
    net.run();
  }
  return out;
}
