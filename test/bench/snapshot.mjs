// A private copy of what the benchmark serves: dist/ (the build under test), hls.js's full and light ESM builds (what
// the plain and the hand-tuned hls.js pages load) and the benchmark pages. Others may rebuild dist/ while a run is in
// progress; serving a snapshot taken once, and checked for completeness, keeps a concurrent rebuild from mixing two
// builds inside one run.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const HLS_PLAIN_FILE = 'node_modules/hls.js/dist/hls.min.mjs';
/** The light build (no EME, subtitles, alternate audio…): what the hand-tuned hls.js page loads. */
export const HLS_LIGHT_FILE = 'node_modules/hls.js/dist/hls.light.min.mjs';
const PAGES = join(HERE, 'pages');

export class NoDistError extends Error {}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Every relative import ("./x.js", "../y.js") of every .js file resolves to a file of the copy: no half-written build. */
function missingImports(distCopy) {
  const missing = [];
  for (const file of listFiles(distCopy).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import\(|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      if (!existsSync(resolve(dirname(file), spec))) missing.push(`${relative(distCopy, file)} -> ${spec}`);
    }
  }
  return missing;
}

/**
 * Copies dist/ and hls.js into a fresh temp directory. Retries a few times while dist/ is being rebuilt
 * (loader missing, or a chunk it imports missing); throws NoDistError when there is no dist/ at all.
 */
export async function takeSnapshot({ attempts = 10, waitMs = 1500 } = {}) {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) throw new NoDistError(`${dist} does not exist: build first (npm run build).`);
  let problem = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'shoplive-bench-'));
    try {
      cpSync(dist, join(dir, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.map') });
      if (!existsSync(join(dir, 'dist', 'shoplive.js'))) problem = 'dist/shoplive.js missing';
      else {
        const missing = missingImports(join(dir, 'dist'));
        problem = missing.length ? `incomplete build: ${missing.slice(0, 3).join(', ')}` : '';
      }
    } catch (error) {
      problem = `copy failed: ${error.message}`;
    }
    if (!problem) {
      mkdirSync(join(dir, 'vendor'));
      cpSync(join(ROOT, HLS_PLAIN_FILE), join(dir, 'vendor', 'hls.min.mjs'));
      cpSync(join(ROOT, HLS_LIGHT_FILE), join(dir, 'vendor', 'hls.light.min.mjs'));
      const files = listFiles(join(dir, 'dist')).map((f) => ({ file: relative(dir, f), bytes: statSync(f).size }));
      return new Snapshot(dir, files);
    }
    rmSync(dir, { recursive: true, force: true });
    if (!existsSync(dist)) throw new NoDistError(`${dist} disappeared (rebuild in progress?) and did not come back.`);
    await new Promise((done) => setTimeout(done, waitMs));
  }
  throw new NoDistError(`could not take a consistent copy of dist/ (${problem}).`);
}

class Snapshot {
  constructor(dir, files) {
    this.dir = dir;
    this.files = files;
    this.measure = readFileSync(join(PAGES, 'measure.js'), 'utf8');
    mkdirSync(join(dir, 'run'));
  }

  /**
   * Writes pages/<template> with its placeholders filled as /run/<name>.html and returns that path. `cdn` and `stream`
   * are the origins of the engine and of the stream ('' for the page's own, as in the CDP mode).
   */
  page(template, name, { sid = '', head = '', player = '', dist = '/dist', cdn = '', stream = '' } = {}) {
    const html = readFileSync(join(PAGES, template), 'utf8')
      .replace('/*MEASURE*/', () => this.measure)
      .replace('<!--HEAD-->', () => head)
      .replace('<!--PLAYER-->', () => player)
      .replaceAll('{{DIST}}', dist)
      .replaceAll('{{CDN}}', cdn)
      .replaceAll('{{STREAM}}', stream)
      .replaceAll('{{SID}}', sid);
    writeFileSync(join(this.dir, 'run', `${name}.html`), html);
    return `/run/${name}.html`;
  }

  /**
   * An experiment: a copy of the snapshot's dist/ served at /x/<name>/dist with text patches applied to the built
   * files (`{ file: RegExp on the path inside dist/, from: string, to: string }`). Returns that URL prefix, or throws
   * when a patch no longer matches the build. Used to measure a proposed change to src/ without touching src/.
   */
  variant(name, patches) {
    const target = join(this.dir, 'x', name, 'dist');
    if (!existsSync(target)) {
      cpSync(join(this.dir, 'dist'), target, { recursive: true });
      for (const patch of patches) {
        const files = listFiles(target).filter((f) => patch.file.test(relative(target, f)));
        const hits = files.filter((f) => readFileSync(f, 'utf8').includes(patch.from));
        if (hits.length !== 1) throw new Error(`experiment ${name}: "${patch.from}" found in ${hits.length} files matching ${patch.file}`);
        writeFileSync(hits[0], readFileSync(hits[0], 'utf8').replace(patch.from, patch.to));
      }
    }
    return `/x/${name}/dist`;
  }

  dispose() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
