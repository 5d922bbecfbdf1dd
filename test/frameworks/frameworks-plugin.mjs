// Vue 3 and Svelte 5 for test/frameworks/*: the test server cannot resolve their packages as browser modules, so
// - `vue` is served as Vue's own self-contained ES build with the template compiler (templates compile in the page,
//   with the app's `compilerOptions`, as in a storefront that uses Vue from a CDN);
// - a `.svelte` component is compiled with `svelte/compiler` and bundled by esbuild with Svelte's runtime into one
//   module that also exports `mount`, `unmount` and `flushSync` (one runtime for the component and the test).
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const VUE = '/__frameworks/vue.js';
const SVELTE = /^\/__frameworks\/svelte\/([\w-]+)\.js$/;
const bundles = new Map();

/** esbuild plugin: `.svelte` files through Svelte 5's compiler (client output, runes mode by the component's own use). */
const svelteFiles = {
  name: 'svelte-files',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
      const { js, warnings } = compile(readFileSync(path, 'utf8'), { filename: basename(path), generate: 'client', dev: true });
      return { contents: js.code, loader: 'js', warnings: warnings.map((warning) => ({ text: warning.message })) };
    });
  },
};

function bundleSvelte(name) {
  const component = join(root, 'test/frameworks', `${name}.svelte`);
  if (!bundles.has(name)) {
    bundles.set(name, build({
      stdin: { contents: `export { mount, unmount, flushSync } from 'svelte';\nexport { default } from ${JSON.stringify(component)};`, resolveDir: root },
      bundle: true, format: 'esm', write: false, logLevel: 'error', conditions: ['browser', 'development'], plugins: [svelteFiles],
    }).then((result) => result.outputFiles[0].text));
  }
  return bundles.get(name);
}

export const frameworksPlugin = {
  name: 'shoplive-frameworks',
  resolveImport({ source }) {
    return source === 'vue' ? VUE : undefined;
  },
  async serve(context) {
    if (context.path === VUE) return { body: readFileSync(join(root, 'node_modules/vue/dist/vue.esm-browser.js'), 'utf8'), type: 'js' };
    const svelte = SVELTE.exec(context.path);
    if (svelte) return { body: await bundleSvelte(svelte[1]), type: 'js' };
    return undefined;
  },
};
