#!/usr/bin/env node
// Self-test for the link emulator's scheduling (model.mjs), on the virtual clock of simulate.mjs: every assertion is
// on the schedule the model computes, not on wall-clock time, so it is exact and does not depend on machine load. The
// last test pushes real bytes through the real proxy and checks only that they arrive intact and in order.
//   node test/bench/link/link.selftest.mjs      (< 1 s)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, connect } from 'node:net';
import { test } from '../../../demo/server/selftest-harness.mjs';
import { MSS, bytesPerMs, maxWindow, transferTime } from './model.mjs';
import { Link } from './proxy.mjs';
import { VirtualNet, predictProbe } from './simulate.mjs';

const near = (actual, expected, tolerance, what) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ms, expected ${expected} ± ${tolerance}`);

/** A connection whose handshake is over (its flows are open), at time `at`. */
function openConnection(net, at = 0) {
  const conn = net.connect();
  net.now = Math.max(net.now, conn.openAt, at);
  return conn;
}

await test('handshake and latency: a new connection answers an echo after 2 RTT, an open one after 1 RTT', () => {
  const rtt = 120;
  const rate = bytesPerMs(1); // the slower pipe: 1 byte each way costs 1/rate ms on each
  const p = predictProbe({ rttMs: rtt, downMbps: 1, upMbps: 1 }, { request: 100, fresh: 1000, warm: 1000, parallel: [1000, 1000] });
  near(p.freshEcho, 2 * rtt + 2 / rate, 1e-9, 'fresh echo');
  near(p.warmEcho, rtt + 2 / rate, 1e-9, 'warm echo');
  const net = new VirtualNet({ rttMs: rtt, downMbps: 1, upMbps: 1 });
  const conn = net.connect();
  let arrived = null;
  net.send(conn.up, 1, (t) => (arrived = t));
  net.run();
  near(arrived, rtt + rtt / 2 + 1 / rate, 1e-9, 'first byte of a new connection (SYN, SYN-ACK, then one way)');
});

await test('TLS costs one more round trip because its bytes cross the link: secure at 2 RTT + serialization', () => {
  const cfg = { rttMs: 100, downMbps: 4, upMbps: 1 };
  const flights = { clientHello: 500, serverFlight: 1000, clientFinished: 80 };
  const p = predictProbe(cfg, { tls: flights, request: 100, fresh: 1000, warm: 1000, parallel: [1000, 1000] });
  near(p.secure, 200 + 500 / bytesPerMs(1) + 1000 / bytesPerMs(4), 1e-9, 'TLS done');
});

await test('slow start: 10, 20, 40, 80 segments arrive in successive round trips when the pipe is not the limit', () => {
  const rtt = 100;
  const net = new VirtualNet({ rttMs: rtt, downMbps: 10_000, upMbps: 10_000 });
  const conn = openConnection(net);
  const t0 = net.now;
  const total = MSS * 10 * (1 + 2 + 4 + 8);
  let done = null;
  net.send(conn.down, total, (t) => (done = t));
  net.run();
  const perRound = [0, 0, 0, 0];
  for (const d of net.log) perRound[Math.floor((d.at - t0 - rtt / 2) / rtt)] += d.bytes;
  assert.deepEqual(perRound, [10, 20, 40, 80].map((n) => n * MSS));
  near(done - t0, 3 * rtt + rtt / 2, 1, 'last byte (three ack round trips, then one way)');
});

await test('the window stops at the bandwidth-delay product: a warm connection runs at the pipe rate', () => {
  const cfg = { rttMs: 100, downMbps: 4, upMbps: 1 };
  const rate = bytesPerMs(4);
  const net = new VirtualNet(cfg);
  const conn = openConnection(net);
  let warmAt = null;
  net.send(conn.down, 300_000, (t) => (warmAt = t));
  net.run();
  assert.equal(conn.down.cwnd, maxWindow(rate, 100, MSS, 10));
  net.now = warmAt + 1000;
  const t0 = net.now;
  let done = null;
  net.send(conn.down, 400_000, (t) => (done = t));
  net.run();
  near(done - t0, 400_000 / rate + 50, 0.01, 'warm 400 kB');
});

await test('the closed form (transferTime) and the scheduler agree on a fresh connection within 3 %', () => {
  for (const [rttMs, downMbps, bytes] of [[100, 4, 200_000], [300, 4, 200_000], [150, 1.6, 300_000], [50, 20, 1_000_000], [300, 1, 20_000]]) {
    const net = new VirtualNet({ rttMs, downMbps, upMbps: 1 });
    const conn = openConnection(net);
    const t0 = net.now;
    let done = null;
    net.send(conn.down, bytes, (t) => (done = t));
    net.run();
    const closed = transferTime({ bytes, rate: bytesPerMs(downMbps), rttMs }).ms;
    near(done - t0, closed, 0.03 * closed, `${bytes} B at ${rttMs} ms / ${downMbps} Mb/s`);
  }
});

await test('a shared pipe: two busy connections get half the rate each and finish together', () => {
  const rate = bytesPerMs(4);
  const net = new VirtualNet({ rttMs: 100, downMbps: 4, upMbps: 1 });
  const conns = [openConnection(net), openConnection(net)];
  for (const conn of conns) net.send(conn.down, 300_000); // warm both windows
  net.run();
  net.now += 1000;
  const t0 = net.now;
  const done = [];
  conns.forEach((conn, i) => net.send(conn.down, 200_000, (t) => (done[i] = t - t0)));
  net.run();
  for (const ms of done) near(ms, 400_000 / rate + 50, 2 * (MSS / rate), 'each of two at once');
  near(done[0], done[1], 1.01 * (MSS / rate), 'finish times');
});

await test('fair turns: a small response is not stuck behind another connection\'s bulk transfer', () => {
  const rate = bytesPerMs(4);
  const net = new VirtualNet({ rttMs: 100, downMbps: 4, upMbps: 1 });
  const [bulk, small] = [openConnection(net), openConnection(net)];
  net.send(bulk.down, 300_000);
  net.run();
  net.now += 1000;
  net.send(bulk.down, 2_000_000); // 4 s of pipe
  let at = null;
  net.at(net.now + 200, () => {
    const t0 = net.now;
    net.send(small.down, 1000, (t) => (at = t - t0));
  });
  net.run();
  assert.ok(at <= 50 + (MSS + 1000) / rate + 1e-9, `small response took ${at} ms`);
});

await test('conservation and order under a random load: every byte once, in order, never faster than the pipe', () => {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const cfg = { rttMs: 80, downMbps: 3, upMbps: 1 };
  const run = () => {
    const net = new VirtualNet(cfg);
    const conns = [net.connect(), net.connect(), net.connect()];
    const sent = new Map();
    for (let i = 0; i < 60; i++) {
      net.at(random() * 3000, () => {
        const conn = conns[Math.floor(random() * 3)];
        const flow = random() < 0.8 ? conn.down : conn.up;
        const bytes = 1 + Math.floor(random() * 40_000);
        sent.set(flow, (sent.get(flow) ?? 0) + bytes);
        net.send(flow, bytes);
      });
    }
    net.run();
    return { net, sent };
  };
  const { net, sent } = run();
  for (const [flow, bytes] of sent) {
    const mine = net.log.filter((d) => d.flow === flow);
    assert.equal(mine.reduce((sum, d) => sum + d.bytes, 0), bytes);
    for (let i = 1; i < mine.length; i++) assert.ok(mine[i].at >= mine[i - 1].at, 'per-flow order');
    assert.ok(mine[0].at >= flow.openAt + flow.oneWayMs, 'nothing before the handshake');
  }
  for (const [pipe, mbps] of [['down', 3], ['up', 1]]) {
    const rate = bytesPerMs(mbps);
    // Back from arrival to serialization: end = at - one way, start = end - bytes/rate. Segments must not overlap.
    const segments = net.log.filter((d) => d.flow.pipe === net.model[pipe]).map((d) => [d.at - d.flow.oneWayMs - d.bytes / rate, d.at - d.flow.oneWayMs]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < segments.length; i++) assert.ok(segments[i][0] >= segments[i - 1][1] - 1e-6, `${pipe} pipe serialized two segments at once`);
    assert.ok(net.log.every((d) => d.bytes <= MSS), 'segments of at most one MSS');
  }
  seed = 42;
  const again = run().net.log.map((d) => [d.bytes, d.at]);
  assert.deepEqual(again, net.log.map((d) => [d.bytes, d.at]), 'the same inputs give the same schedule');
});

await test('a closed connection drops what it still had queued and leaves the pipe to the others', () => {
  const rate = bytesPerMs(4);
  const net = new VirtualNet({ rttMs: 100, downMbps: 4, upMbps: 1 });
  const [gone, kept] = [openConnection(net), openConnection(net)];
  for (const conn of [gone, kept]) net.send(conn.down, 300_000);
  net.run();
  net.now += 1000;
  const t0 = net.now;
  net.send(gone.down, 1_000_000);
  let done = null;
  net.send(kept.down, 200_000, (t) => (done = t - t0));
  net.at(t0 + 100, () => net.model.close(gone));
  net.run();
  const goneBytes = net.log.filter((d) => d.flow === gone.down && d.at > t0).reduce((sum, d) => sum + d.bytes, 0);
  assert.ok(goneBytes <= 100 * rate / 2 + 2 * MSS, `the closed connection still got ${goneBytes} B`);
  near(done, 100 + (200_000 - 50 * rate) / rate + 50, 2 * (MSS / rate), 'the other connection, alone after 100 ms');
});

await test('the real proxy carries bytes intact and in order, both ways, and passes the FIN on', async () => {
  const echo = createServer((socket) => socket.pipe(socket));
  await new Promise((ok) => echo.listen(0, '127.0.0.1', ok));
  const link = new Link({ rttMs: 10, downMbps: 200, upMbps: 200 });
  try {
    const route = await link.listen({ host: '127.0.0.1', upstream: { host: '127.0.0.1', port: echo.address().port } });
    const payload = randomBytes(600_000);
    const socket = connect(route.port, route.host);
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    for (let at = 0; at < payload.length; at += 70_001) socket.write(payload.subarray(at, at + 70_001));
    socket.end();
    await new Promise((ok, fail) => (socket.on('end', ok), socket.on('error', fail)));
    assert.ok(Buffer.concat(chunks).equals(payload), 'echoed bytes differ');
    const stats = link.connections[0];
    assert.equal(stats.up, payload.length);
    assert.equal(stats.downDelivered, payload.length);
  } finally {
    await link.close();
    await new Promise((ok) => echo.close(ok));
  }
});
