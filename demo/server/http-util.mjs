// Response helpers shared by the live and static handlers: content types,
// CORS, gzip for text, cache policy, byte accounting for the request log.
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  ico: 'image/x-icon',
  ts: 'video/mp2t',
  m3u8: 'application/vnd.apple.mpegurl',
  vtt: 'text/vtt; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
};

/** Types worth gzipping (matched on the MIME type, parameters ignored). */
const COMPRESSIBLE = new Set([
  'text/html', 'text/javascript', 'text/css', 'text/plain', 'text/vtt',
  'application/json', 'application/vnd.apple.mpegurl', 'image/svg+xml',
]);

export const CACHE = {
  playlist: 'no-cache',
  media: 'public, max-age=3600',
  static: 'public, max-age=3600',
  error: 'no-store',
  api: 'no-store',
};

export function contentTypeFor(path) {
  const m = /\.([a-z0-9]+)$/i.exec(path);
  return m ? CONTENT_TYPES[m[1].toLowerCase()] : undefined;
}

export function isCompressible(type) {
  return !!type && COMPRESSIBLE.has(type.split(';')[0].trim().toLowerCase());
}

export function acceptsGzip(req) {
  const ae = req.headers['accept-encoding'] || '';
  return ae.split(',').some((part) => {
    const [enc, ...params] = part.trim().toLowerCase().split(';');
    if (enc !== 'gzip' && enc !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

export function corsHeaders(req) {
  return {
    'Access-Control-Allow-Origin': '*',
    'Timing-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'Content-Length, Content-Type, Date, Age',
  };
}

/** 204 answer to a CORS preflight. */
export function sendPreflight(req, res) {
  res.writeHead(204, {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS, DELETE, PUT, POST',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '*',
    'Access-Control-Max-Age': '600',
    'Cache-Control': CACHE.api,
    'Content-Length': '0',
  });
  res.end();
}

/**
 * Send a complete response. `body` is a string or Buffer. Text types are
 * gzipped when the client accepts it. Records the body bytes put on the wire
 * in `res.sentBytes` (for the request log). Safe to call after the client left.
 */
export function send(req, res, status, { body = '', type, cache, headers = {} } = {}) {
  if (res.destroyed || res.headersSent) return;
  let buf = Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  const h = { ...corsHeaders(req), ...headers };
  h['Cache-Control'] = cache ?? (status >= 400 ? CACHE.error : CACHE.static);
  if (type) h['Content-Type'] = type;
  if (isCompressible(type)) {
    h.Vary = 'Accept-Encoding';
    if (buf.length > 0 && acceptsGzip(req)) {
      buf = gzipSync(buf, { level: 6 });
      h['Content-Encoding'] = 'gzip';
    }
  }
  h['Content-Length'] = String(buf.length);
  res.writeHead(status, h);
  if (req.method === 'HEAD') {
    res.sentBytes = 0;
    res.end();
  } else {
    res.sentBytes = buf.length;
    res.end(buf);
  }
}

export function sendText(req, res, status, text, cache = CACHE.error) {
  send(req, res, status, { body: text, type: CONTENT_TYPES.txt, cache });
}

export function sendJson(req, res, status, value) {
  send(req, res, status, { body: JSON.stringify(value, null, 1), type: CONTENT_TYPES.json, cache: CACHE.api });
}
