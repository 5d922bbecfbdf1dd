// Two passes over one source tree:
// 1. the library: one entry per capability (`shoplive/player`, ...) with lit, hls.js and the engines split into
//    chunks that load on demand;
// 2. the script-tag loader `dist/shoplive.js`: a single self-contained file (no static imports, so no extra round
//    trip before it can start work) that imports the library's entries and chunks by their built file names. Each of
//    its dynamic imports also fetches the target's static dependencies in parallel, so no chunk waterfall forms.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// The npm package (3rd pass, dist/npm/) leaves these to the consumer's bundler, so an app that already uses lit or
// hls.js gets one copy; the script-tag build (passes 1 and 2, dist/) bundles them because no bundler runs there.
const peerLibraries = /^(react|@lit\/react|lit|lit-html|lit-element|@lit\/reactive-element|hls\.js|agora-rtc-sdk-ng|@floating-ui\/dom)(\/|$)/;

const entries = {
  player: 'src/player/index.ts',
  commerce: 'src/commerce/index.ts',
  size: 'src/size/index.ts',
  'size-helper': 'src/size/widget/size-helper.ts',
  assistant: 'src/assistant/index.ts',
  'assistant-widget': 'src/assistant/widget/shoplive-assistant.ts',
  schedule: 'src/schedule/schedule.ts',
  'rtc-simulator': 'src/player/engines/rtc/simulator/index.ts',
  returns: 'src/returns/index.ts',
  details: 'src/details/index.ts',
};

/** fileName -> { imports, facade, modules } of every chunk of the library pass, filled when it is written. */
const libraryChunks = new Map();

const plugins = ({ minify = true } = {}) => [
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { types: [] } }),
  ...(minify ? [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })] : []),
];

/** Locale catalogs are named by capability and locale (`i18n-size-de-…`), so a page's downloads read plainly. */
function chunkName(chunk) {
  const locale = /src\/(?:(commerce|returns|details|schedule)\/messages|size\/widget\/(messages)|assistant\/widget\/(messages)|i18n)\/locales\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (locale) return `chunks/i18n-${locale[1] ?? (locale[2] ? 'size' : locale[3] ? 'assistant' : 'core')}-${locale[4]}-[hash].js`;
  const phrases = /src\/assistant\/phrases\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (phrases) return `chunks/assistant-phrases-${phrases[1]}-[hash].js`;
  const words = /src\/assistant\/words\/(cjk|ko|ar)\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (words) return `chunks/assistant-words-${words[1]}-[hash].js`;
  // The honest-display sheet (behind `shoplive/details` and the product card's lazy "Details"): named for its budget.
  if ((chunk.moduleIds ?? []).some((id) => id.endsWith('/src/details/product-details.component.ts'))) return 'chunks/details-sheet-[hash].js';
  return 'chunks/[name]-[hash].js';
}

function recordLibraryChunks() {
  return {
    name: 'record-library-chunks',
    // Chunk names carry content hashes: start from an empty dist/ so stale chunks never linger.
    buildStart() {
      rmSync('dist', { recursive: true, force: true });
    },
    generateBundle(_options, bundle) {
      libraryChunks.clear();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        libraryChunks.set(chunk.fileName, { imports: chunk.imports, facade: chunk.facadeModuleId, modules: Object.keys(chunk.modules) });
        // Entries carry a content hash too (the loader imports those, so a CDN can cache them for good); pages that
        // import `dist/player.js` by name get a one-line alias of the same module, never a second copy of it.
        if (!chunk.isEntry) continue;
        const exports = chunk.exports.includes('default') ? `export * from './${chunk.fileName}';\nexport { default } from './${chunk.fileName}';\n` : `export * from './${chunk.fileName}';\n`;
        this.emitFile({ type: 'asset', fileName: `${chunk.name}.js`, source: exports });
      }
    },
  };
}

/**
 * Subresource Integrity of the loader (and, for import maps, of every file it may load): dist/sri.json, and the
 * loader's hash printed, so a page can pin `<script type="module" integrity>` to this exact build (docs/install.md).
 */
function writeIntegrity() {
  const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(path.join('dist', file))).digest('base64')}`;
  return {
    name: 'write-integrity',
    writeBundle() {
      const files = { 'shoplive.js': sri('shoplive.js') };
      for (const fileName of [...libraryChunks.keys()].sort()) files[fileName] = sri(fileName);
      writeFileSync('dist/sri.json', `${JSON.stringify(files, null, 2)}\n`);
      console.log(`SRI dist/shoplive.js ${files['shoplive.js']} (all files: dist/sri.json)`);
    },
  };
}

function staticClosure(fileName, seen = new Set()) {
  for (const dependency of libraryChunks.get(fileName)?.imports ?? []) {
    if (seen.has(dependency)) continue;
    seen.add(dependency);
    staticClosure(dependency, seen);
  }
  return seen;
}

/** Points the loader's `import('./player/index.js')` and friends at the files the library pass produced. */
function linkToLibrary() {
  return {
    name: 'link-to-library',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const target = path.resolve(path.dirname(importer), source).replace(/\.js$/, '.ts');
      for (const [fileName, chunk] of libraryChunks) {
        if (chunk.facade === target) return { id: `./${fileName}`, external: true };
      }
      return null;
    },
    renderDynamicImport({ targetModuleId }) {
      const fileName = targetModuleId?.replace(/^\.\//, '');
      if (!fileName || !libraryChunks.has(fileName)) return null;
      const dependencies = [...staticClosure(fileName)].map((dependency) => `import('./${dependency}')`);
      if (!dependencies.length) return null;
      return { left: `Promise.all([${dependencies.join(',')},import(`, right: `)]).then(m=>m[m.length-1])` };
    },
  };
}

const passes = [
  {
    input: entries,
    output: {
      dir: 'dist',
      format: 'es',
      // `player.<hash>.js`: a dot, so `dist/size.*.js` never matches `size-helper.<hash>.js` (budgets use such globs).
      entryFileNames: '[name].[hash].js',
      chunkFileNames: chunkName,
      sourcemap: true,
      manualChunks(id) {
        // Lit's core is shared by every element; its directives stay with the elements that use them.
        if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) && !id.includes('/directives/') && !/\/directive(-helpers)?\.js$/.test(id)) {
          return 'lit';
        }
        // What every element shares (base class, define, i18n core, spinner): one stable chunk the budgets can name.
        // Internal helpers only some capabilities use (text cleaning, byte-limited reads, stored records) stay out of
        // it and go where rollup's sharing puts them, so a player without products or a size helper never loads them
        // (the roving tabindex: the player's lazy menus and the buy button's chips).
        // Text cleaning is used by the player's features, commerce, size and the assistant alike: a chunk of its own,
        // or a manual chunk that imports it (the assistant's) would take it in and drag itself into all of them.
        if (/\/src\/internal\/text\.ts$/.test(id)) return 'text';
        if (/\/src\/internal\/(read-limited|stored|roving-tabindex)\.ts$/.test(id)) return undefined;
        if (/\/src\/(internal|i18n)\//.test(id) && !id.includes('/locales/')) return 'core';
        // Product validation (with the fields the assistant and the details sheet read) is shared by commerce, the
        // assistant, returns and details: named, so that no capability's chunk takes it in.
        if (/\/src\/commerce\/(product|product-details)\.ts$/.test(id)) return 'product-data';
        // The assistant's answerer, shared by `shoplive/assistant` and its widget: one chunk with a name of its own.
        // Its place names (country index, cities) are a chunk of their own, loaded with the first question about shipping,
        // and so are the keywords of each script without Latin letters (words/cjk, ko, ar), loaded with the first
        // question in that script; their loader (words/index) is the core's.
        if (/\/src\/assistant\/(countries|cities)\.ts$/.test(id)) return 'assistant-places';
        if (/\/src\/assistant\/(?!widget\/|phrases\/|words\/(?!index\.ts$)|assistant-feature)/.test(id)) return 'assistant-core';
        if (id.includes('/node_modules/hls.js/')) return 'hlsjs';
        if (id.includes('/node_modules/agora-rtc-sdk-ng/')) return 'agora';
        return undefined;
      },
    },
    preserveEntrySignatures: 'strict',
    plugins: [...plugins(), recordLibraryChunks()],
    onwarn(warning, warn) {
      // agora-rtc-sdk-ng ships a UMD bundle whose top-level `this` is meant to be the global object; it falls back to
      // globalThis, so the rewrite to undefined is harmless.
      if (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('agora-rtc-sdk-ng')) return;
      warn(warning);
    },
  },
  {
    input: 'src/shoplive.ts',
    output: { file: 'dist/shoplive.js', format: 'es', sourcemap: true },
    plugins: [linkToLibrary(), ...plugins(), writeIntegrity()],
  },
  {
    // The npm package: same entries plus the loader, dependencies external (bare imports), not minified (the
    // consumer's bundler minifies) so no source maps are needed either. Types come from tsc (dist/types).
    input: { shoplive: 'src/shoplive.ts', ...entries, react: 'src/react/index.ts' },
    external: (id) => peerLibraries.test(id),
    output: { dir: 'dist/npm', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName },
    preserveEntrySignatures: 'strict',
    plugins: [{ name: 'clean-npm', buildStart: () => rmSync('dist/npm', { recursive: true, force: true }) }, ...plugins({ minify: false })],
  },
];

// `SHOPLIVE_BUILD=npm rollup -c` rebuilds only the package pass (quick while working on the package).
export default process.env.SHOPLIVE_BUILD === 'npm' ? passes.slice(-1) : passes;
