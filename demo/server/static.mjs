// Static file serving with a safe path join.
// roots: [{ prefix: '/', dir: '/abs/demo' }, { prefix: '/dist/', dir: '/abs/dist' },
//         { prefix: '/mockServiceWorker.js', file: '/abs/.../mockServiceWorker.js' },
//         { prefix: '/strict/', dir: '/abs/demo', headers: { 'Content-Security-Policy': '…' } }]
// `headers` are added to every response of that root (the strict-CSP copy of the demo uses it).
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { CACHE, contentTypeFor, send, sendText } from './http-util.mjs';

/** Longest prefix first, so '/dist/' wins over '/'. */
export function normalizeRoots(roots = []) {
  return roots
    .map((r) => ({ ...r, dir: r.dir && resolve(r.dir), file: r.file && resolve(r.file) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * Map a URL pathname onto a file system path, or null if no root matches or
 * the path would escape its root. Pure (no I/O).
 * @returns {{ path: string, root: object } | { error: 400 } | null}
 */
export function resolveStatic(roots, pathname) {
  for (const root of roots) {
    if (root.file) {
      if (pathname === root.prefix) return { path: root.file, root };
      continue;
    }
    const prefix = root.prefix.endsWith('/') ? root.prefix : `${root.prefix}/`;
    let rest;
    if (pathname.startsWith(prefix)) rest = pathname.slice(prefix.length);
    else if (pathname === prefix.slice(0, -1)) rest = '';
    else continue;
    let decoded;
    try {
      decoded = decodeURIComponent(rest);
    } catch {
      return { error: 400 };
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return { error: 400 };
    const rel = normalize(`/${decoded}`).slice(1); // collapses '..' without leaving '/'
    const path = join(root.dir, rel);
    if (path !== root.dir && !path.startsWith(root.dir + sep)) return { error: 400 };
    return { path, root, trailingSlash: rest === '' || rest.endsWith('/') };
  }
  return null;
}

/**
 * Serve `pathname` from the static roots. Returns false when no root matched
 * (caller answers 404), true when a response was sent.
 */
export async function serveStatic(req, res, roots, pathname, search = '') {
  const hit = resolveStatic(roots, pathname);
  if (!hit) return false;
  if (hit.error) {
    sendText(req, res, hit.error, 'bad path\n');
    return true;
  }
  let path = hit.path;
  let st = await stat(path).catch(() => null);
  if (st?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // relative links in index.html need the trailing slash
      send(req, res, 301, { headers: { Location: `${pathname}/${search}` }, cache: CACHE.error });
      return true;
    }
    path = join(path, 'index.html');
    st = await stat(path).catch(() => null);
  }
  const type = contentTypeFor(path);
  if (!st?.isFile() || !type) {
    sendText(req, res, 404, 'not found\n');
    return true;
  }
  const body = await readFile(path);
  send(req, res, 200, {
    body,
    type,
    cache: CACHE.static,
    headers: { ...hit.root.headers, 'Last-Modified': st.mtime.toUTCString() },
  });
  return true;
}
