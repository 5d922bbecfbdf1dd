// Checks the link emulator against its own model: node only, no browser. A TCP echo server and an HTTPS + HTTP/2
// server sit behind one Link. The probe measures a handshake, a TLS 1.3 handshake, a response on a fresh connection
// (slow start), the same on a warm connection (bandwidth) and two at once (a shared pipe). It prints each next to
// what simulate.mjs predicts for the same bytes, and exits 1 if any step is off by more than 15 %.
//
//   node test/bench/link/probe.mjs [--rtt 100] [--down 4] [--up 1] [--bytes 200000]
import { randomBytes } from 'node:crypto';
import { connect as h2connect, createSecureServer } from 'node:http2';
import { createServer, connect as tcpConnect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connect as tlsConnect } from 'node:tls';
import { CHROMIUM_H2_SETTINGS } from './front.mjs';
import { bytesPerMs, transferTime } from './model.mjs';
import { Link } from './proxy.mjs';
import { TLS_FLIGHTS, predictProbe } from './simulate.mjs';
import { makeCertificate } from './tls.mjs';

export const TOLERANCE = 0.15;
const NAME = 'probe.test';
const CHROMIUM_CONNECTION_WINDOW = 15 * 1024 * 1024;

const listen = (server, host) =>
  new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => (server.off('error', fail), ok(server.address().port)));
  });

async function startServers(tls, bodies) {
  const echo = createServer((socket) => (socket.setNoDelay(true), socket.on('error', () => {}), socket.pipe(socket)));
  const https = createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: false, minVersion: 'TLSv1.3' });
  https.on('stream', (stream, headers) => {
    stream.on('error', () => {});
    const body = bodies.get(new URL(headers[':path'], 'https://x').searchParams.get('n'));
    stream.respond({ ':status': body ? 200 : 404, 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
    stream.end(body ?? '');
  });
  const sessions = new Set();
  https.on('session', (s) => (sessions.add(s), s.on('close', () => sessions.delete(s))));
  return {
    echo: { host: '127.0.0.1', port: await listen(echo, '127.0.0.1') },
    https: { host: '127.0.0.1', port: await listen(https, '127.0.0.1') },
    close: () => {
      for (const s of sessions) s.destroy();
      return Promise.all([echo, https].map((server) => new Promise((ok) => server.close(() => ok()))));
    },
  };
}

const once = (emitter, event) => new Promise((ok, fail) => (emitter.once(event, ok), emitter.once('error', fail)));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Echo times: the first byte on a new connection (handshake included) and on the same connection once open. */
async function measureEcho(route) {
  const t0 = performance.now();
  const socket = tcpConnect({ host: route.host, port: route.port, noDelay: true });
  let connectEvent = null;
  socket.once('connect', () => (connectEvent = performance.now() - t0));
  socket.write('x');
  await once(socket, 'data');
  const fresh = performance.now() - t0;
  const warm = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    socket.write('y');
    await once(socket, 'data');
    warm.push(performance.now() - t);
  }
  socket.destroy();
  return { fresh, warm: median(warm), connectEvent };
}

/** An HTTP/2 session over a TLS connection through `route`, configured as Chromium configures its own. */
function openSession(link, route, cert) {
  const t0 = performance.now();
  const socket = tlsConnect({ host: route.host, port: route.port, servername: NAME, ca: cert, ALPNProtocols: ['h2'] });
  const secure = once(socket, 'secureConnect').then(() => performance.now() - t0);
  const session = h2connect(`https://${NAME}`, { createConnection: () => socket, settings: CHROMIUM_H2_SETTINGS });
  session.on('error', () => {});
  const ready = once(session, 'connect').then(() => session.setLocalWindowSize(CHROMIUM_CONNECTION_WINDOW));
  // The emulator's byte counts for this connection (matched on the client's port).
  const stats = () => link.connections.find((c) => c.clientPort === socket.localPort);
  return { t0, session, secure, ready, stats };
}

/** GET /bytes?n=…; resolves with the time its last byte arrived (performance.now()) and the body's length. */
function fetchBytes(session, n) {
  return new Promise((ok, fail) => {
    const stream = session.request({ ':path': `/bytes?n=${n}` });
    let length = 0;
    stream.on('data', (chunk) => (length += chunk.length));
    stream.on('end', () => ok({ end: performance.now(), length }));
    stream.on('error', fail);
    stream.end();
  });
}

/** Runs the probe on a link of `config` and returns its rows (predicted, measured, ok) and whether all are ok. */
export async function runProbe(config = { rttMs: 100, downMbps: 4, upMbps: 1 }, { bytes = 200_000 } = {}) {
  const tls = makeCertificate([NAME]);
  const bodies = new Map([[String(bytes), randomBytes(bytes)]]);
  const servers = await startServers(tls, bodies);
  const link = new Link(config);
  const echoRoute = await link.listen({ host: '127.0.0.5', upstream: servers.echo });
  const httpsRoute = await link.listen({ host: '127.0.0.6', upstream: servers.https });
  try {
    // One throwaway round of each kind first, so that what is measured is not node compiling the emulator.
    await measureEcho(echoRoute);
    const warmUp = openSession(link, httpsRoute, tls.cert);
    await warmUp.ready;
    await fetchBytes(warmUp.session, bytes);
    warmUp.session.close();

    const echo = await measureEcho(echoRoute);

    // A fresh TLS connection: handshake, one response (slow start), then the next one on it (warm).
    const a = openSession(link, httpsRoute, tls.cert);
    const secure = await a.secure;
    const aStats = a.stats();
    const tlsFlights = { clientHello: aStats.firstUp, serverFlight: aStats.downDelivered, clientFinished: TLS_FLIGHTS.clientFinished };
    await a.ready;
    const beforeFresh = aStats.downDelivered;
    const fresh = await fetchBytes(a.session, bytes);
    const freshWire = aStats.downDelivered - beforeFresh;
    const upBefore = aStats.up;
    const warmStart = performance.now();
    const warm = await fetchBytes(a.session, bytes);
    const warmWire = aStats.downDelivered - beforeFresh - freshWire;
    const request = aStats.up - upBefore;
    a.session.close();

    // Two connections warmed by one response each, then asked at the same time.
    const pair = [openSession(link, httpsRoute, tls.cert), openSession(link, httpsRoute, tls.cert)];
    await Promise.all(pair.map(async (p) => (await p.ready, await fetchBytes(p.session, bytes))));
    const pairStats = pair.map((p) => p.stats());
    const before = pairStats.map((s) => s.downDelivered);
    const start = performance.now();
    const both = await Promise.all(pair.map((p) => fetchBytes(p.session, bytes)));
    const parallelWire = pairStats.map((s, i) => s.downDelivered - before[i]);
    for (const p of pair) p.session.close();

    if ([fresh, warm, ...both].some((r) => r.length !== bytes)) throw new Error('probe: a response came back short');
    const predicted = predictProbe(config, { tls: tlsFlights, request, fresh: freshWire, warm: warmWire, parallel: parallelWire });
    const slowStart = transferTime({ bytes: freshWire, rate: bytesPerMs(config.downMbps), rttMs: config.rttMs });
    const kB = (n) => `${Math.round(n / 1000)} kB`;
    const rows = [
      ['TCP handshake (first echo on a new connection − echo on an open one)', predicted.freshEcho - predicted.warmEcho, echo.fresh - echo.warm],
      ['echo on an open connection (1 RTT)', predicted.warmEcho, echo.warm],
      ['TLS 1.3 handshake done, from connect (TCP + TLS: 2 RTT)', predicted.secure, secure],
      [`${kB(bytes)} on a new connection, from connect (slow start: ${slowStart.windows.join(' → ')} segments per round trip${slowStart.windows.length < slowStart.rounds ? ', then the pipe' : ''})`, predicted.fresh, fresh.end - a.t0],
      [`${kB(bytes)} on the same connection, warm (bandwidth-limited)`, predicted.warm, warm.end - warmStart],
      ...both.map((r, i) => [`${kB(bytes)} at once on two warm connections: #${i + 1} (shared pipe)`, predicted.parallel[i], r.end - start]),
    ].map(([step, want, got]) => ({ step, predicted: want, measured: got, ok: Math.abs(got - want) <= TOLERANCE * want }));
    return {
      config,
      rows,
      ok: rows.every((r) => r.ok),
      notes: {
        connectEventMs: echo.connectEvent,
        tlsFlights,
        requestBytes: request,
        wireBytes: { fresh: freshWire, warm: warmWire, parallel: parallelWire },
      },
    };
  } finally {
    await link.close();
    await servers.close();
  }
}

export function probeTable(result) {
  const { rttMs, downMbps, upMbps } = result.config;
  const lines = [
    `Link probe: RTT ${rttMs} ms, ${downMbps} Mb/s down, ${upMbps} Mb/s up (fail above ±${TOLERANCE * 100} %)`,
    '',
    '| step | predicted ms | measured ms | Δ |',
    '|---|---:|---:|---:|',
  ];
  for (const r of result.rows) {
    const delta = ((r.measured - r.predicted) / r.predicted) * 100;
    lines.push(`| ${r.step} | ${r.predicted.toFixed(0)} | ${r.measured.toFixed(0)} | ${delta >= 0 ? '+' : ''}${delta.toFixed(1)} %${r.ok ? '' : ' **FAIL**'} |`);
  }
  const n = result.notes;
  lines.push(
    '',
    `Wire bytes down: ${n.wireBytes.fresh} (fresh), ${n.wireBytes.warm} (warm), ${n.wireBytes.parallel.join(' + ')} (at once); ` +
      `TLS flights ${n.tlsFlights.clientHello} B up, ${n.tlsFlights.serverFlight} B down; requests ${n.requestBytes} B up. ` +
      `The socket's own 'connect' event fired after ${n.connectEventMs?.toFixed(1)} ms: the kernel completes the loopback ` +
      'handshake, and the emulator charges its round trip to the first bytes instead.',
  );
  return lines.join('\n');
}

function parseArgs(argv) {
  const config = { rttMs: 100, downMbps: 4, upMbps: 1 };
  let bytes = 200_000;
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[++i]);
    if (argv[i - 1] === '--rtt') config.rttMs = value;
    else if (argv[i - 1] === '--down') config.downMbps = value;
    else if (argv[i - 1] === '--up') config.upMbps = value;
    else if (argv[i - 1] === '--bytes') bytes = value;
    else throw new Error(`unknown argument ${argv[i - 1]} (--rtt ms, --down Mb/s, --up Mb/s, --bytes n)`);
  }
  return { config, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { config, bytes } = parseArgs(process.argv.slice(2));
  const result = await runProbe(config, { bytes });
  console.log(probeTable(result));
  if (!result.ok) {
    console.error('link probe: the emulator is off its model by more than 15 % (is the machine overloaded?)');
    process.exit(1);
  }
}
