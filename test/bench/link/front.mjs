// An HTTPS + HTTP/2 front for a plain HTTP/1.1 server on loopback: the benchmark's live server (pages, dist/, the
// stream) stays as it is, and each origin of the link mode is a front that passes on only its own paths. Responses
// stream through as the backend writes them, so held and slow responses keep their timing.
import { Agent, request } from 'node:http';
import { constants, createSecureServer } from 'node:http2';

/** Connection-level headers HTTP/2 forbids (RFC 9113 §8.2.2). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
/** As Chromium sets them, so a node client sees the same flow control a browser does. */
export const CHROMIUM_H2_SETTINGS = { initialWindowSize: 6 * 1024 * 1024 };

/**
 * Starts the front on `host:port` for `backend` ("http://127.0.0.1:PORT"), answering only paths that start with one
 * of `prefixes` (404 for the rest, so a page that still asks its own origin for the SDK fails loudly).
 */
export async function startFront({ key, cert, backend, prefixes, host = '127.0.0.1', port = 0 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const server = createSecureServer({ key, cert, allowHTTP1: false, minVersion: 'TLSv1.3' });
  const sessions = new Set();
  server.on('session', (session) => (sessions.add(session), session.on('close', () => sessions.delete(session))));
  server.on('stream', (stream, headers) => {
    const path = headers[constants.HTTP2_HEADER_PATH];
    const method = headers[constants.HTTP2_HEADER_METHOD];
    stream.on('error', () => {});
    if (!prefixes.some((prefix) => path.startsWith(prefix))) {
      stream.respond({ ':status': 404, 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      return void stream.end(`not on this origin: ${path}\n`);
    }
    const forward = { host: headers[constants.HTTP2_HEADER_AUTHORITY] };
    for (const [name, value] of Object.entries(headers)) if (!name.startsWith(':') && !HOP_BY_HOP.has(name)) forward[name] = value;
    const upstream = request(new URL(path, backend), { method, headers: forward, agent }, (response) => {
      const out = { ':status': response.statusCode };
      for (const [name, value] of Object.entries(response.headers)) if (!HOP_BY_HOP.has(name)) out[name] = value;
      if (stream.destroyed) return void response.destroy();
      if (method === 'HEAD') return void (stream.respond(out, { endStream: true }), response.resume());
      stream.respond(out);
      response.pipe(stream);
    });
    upstream.on('error', () => stream.destroyed || stream.close(constants.NGHTTP2_INTERNAL_ERROR));
    stream.on('close', () => upstream.destroy());
    stream.pipe(upstream);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => (server.off('error', fail), ok()));
  });
  return {
    host,
    port: server.address().port,
    close() {
      for (const session of sessions) session.destroy();
      agent.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
