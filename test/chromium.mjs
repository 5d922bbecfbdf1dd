// Finds a Chromium for the browser tests and the benchmark. Test tools may not download browsers here, so on a bare
// Debian/Ubuntu machine (as root) `ensureChromium()` installs the distribution's `chromium` package instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Flags for a quiet, offline, deterministic headless Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Tests and benchmarks never leave the machine: every name but the loopback ones fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  // `prefers-reduced-data` is behind this flag in Chromium (156); with it DevTools can emulate the shopper's choice.
  '--enable-blink-features=PrefersReducedData',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s chromium package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Another install (a second test run, a package manager) may hold dpkg's lock: wait for it rather than fail.
    const wait = ['-o', 'DPkg::Lock::Timeout=900'];
    try {
      execFileSync('apt-get', [...wait, 'update', '-q'], { stdio: 'inherit', env });
      execFileSync('apt-get', [...wait, 'install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
    } catch (error) {
      // The run that held the lock may have installed it meanwhile.
      if (!findChromium()) throw error;
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  return null;
}

// `node test/chromium.mjs` (the pretest step): make sure a Chromium exists, or say in one line how to get one.
if (import.meta.url === `file://${process.argv[1]}`) {
  const chromium = ensureChromium();
  if (!chromium) {
    console.error('No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome.');
    process.exit(1);
  }
  console.log(`Using Chromium at ${chromium}`);
}
