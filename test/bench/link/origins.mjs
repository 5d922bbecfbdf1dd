// The link mode's three origins, as a storefront has them: the page (page.test), the CDN with the SDK and hls.js
// (cdn.test) and the stream host (stream.test). Each is an HTTPS + HTTP/2 front (front.mjs) over one HTTP/1.1 backend
// (the benchmark's live server), reached through its own link-emulator route on its own loopback address. All three
// routes share one Link, i.e. one shopper's line.
import { Link } from './proxy.mjs';
import { startFront } from './front.mjs';
import { makeCertificate } from './tls.mjs';

export const ORIGINS = {
  page: { name: 'page.test', ip: '127.0.0.2', prefixes: ['/run/'] },
  cdn: { name: 'cdn.test', ip: '127.0.0.3', prefixes: ['/dist/', '/vendor/', '/x/'] },
  stream: { name: 'stream.test', ip: '127.0.0.4', prefixes: ['/live/'] },
};

/**
 * Starts the three origins for `backend` (an http:// URL on loopback) behind a link of `config`
 * (`{ rttMs, downMbps, upMbps }`). `ports` fixes the routes' ports (default: any free one), `tls` the certificate
 * (default: a new one; pass originsCertificate()'s to keep one browser's trust across several links). Returns the
 * origins' URLs (`urls.page` …), the flags Chromium needs to reach and trust them, the Link (for its byte counts) and
 * close().
 */
export async function startOrigins({ backend, config, ports = {}, tls = originsCertificate() }) {
  const link = new Link(config);
  const fronts = [];
  const urls = {};
  try {
    for (const [role, origin] of Object.entries(ORIGINS)) {
      const front = await startFront({ key: tls.key, cert: tls.cert, backend, prefixes: origin.prefixes });
      fronts.push(front);
      const route = await link.listen({ host: origin.ip, port: ports[role] ?? 0, upstream: front });
      urls[role] = `https://${origin.name}:${route.port}`;
    }
  } catch (error) {
    await Promise.all([link.close(), ...fronts.map((f) => f.close())]);
    throw error;
  }
  return {
    urls,
    link,
    spki: tls.spki,
    cert: tls.cert,
    chromiumArgs: (baseArgs) => chromiumArgs(baseArgs, tls.spki),
    close: () => Promise.all([link.close(), ...fronts.map((f) => f.close())]),
  };
}

/** A certificate for all three origins' names. */
export const originsCertificate = () => makeCertificate(Object.values(ORIGINS).map((o) => o.name));

/**
 * `baseArgs` (test/chromium.mjs's CHROMIUM_ARGS) with the origins' names mapped to their loopback addresses ahead of
 * its catch-all `MAP * ~NOTFOUND`, and the throwaway certificate's key trusted.
 */
export function chromiumArgs(baseArgs, spki) {
  const prefix = '--host-resolver-rules=';
  const maps = Object.values(ORIGINS).map((o) => `MAP ${o.name} ${o.ip}`);
  let replaced = false;
  const args = baseArgs.map((arg) => {
    if (!arg.startsWith(prefix)) return arg;
    replaced = true;
    return prefix + [...maps, arg.slice(prefix.length)].join(', ');
  });
  if (!replaced) throw new Error('expected a --host-resolver-rules flag to extend');
  return [...args, `--ignore-certificate-errors-spki-list=${spki}`];
}
