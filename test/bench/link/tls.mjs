// A throwaway certificate for the link mode's HTTPS origins. openssl (Debian's) makes it in a private temp directory,
// which is removed at once: the key lives in memory only, for one run, and is never written into the repository.
// Chromium trusts it through --ignore-certificate-errors-spki-list, which takes the key's SPKI hash. That trusts this
// key and nothing else, unlike --ignore-certificate-errors.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `{ key, cert, spki }` for a self-signed ECDSA P-256 certificate valid for `names` (DNS) for two days. */
export function makeCertificate(names) {
  const dir = mkdtempSync(join(tmpdir(), 'shoplive-link-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=shoplive bench link mode',
      '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    const key = readFileSync(keyFile, 'utf8');
    const cert = readFileSync(certFile, 'utf8');
    const der = createPublicKey(key).export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(der).digest('base64') };
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error('link mode needs openssl to make its certificate (Debian: apt-get install openssl)');
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
