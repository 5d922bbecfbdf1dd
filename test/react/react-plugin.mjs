// React ships CommonJS only, which the test server cannot serve as modules. This plugin bundles react and
// react-dom/client once with esbuild into one ES module (one React instance for both) and serves thin ES modules
// named `react` and `react-dom/client` that re-export it, for test/react/*.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const MODULES = { react: '/__react/react.js', 'react-dom/client': '/__react/react-dom-client.js' };
let bundle;

function bundleReact() {
  bundle ??= build({
    stdin: { contents: "export * as React from 'react'; export * as ReactDOMClient from 'react-dom/client';", resolveDir: process.cwd() },
    bundle: true, format: 'esm', write: false, define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'error',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

function reexport(namespace, moduleName) {
  const names = Object.keys(require(moduleName)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return `import { ${namespace} } from '/__react/bundle.js';\nexport default ${namespace};\n` +
    names.map((name) => `export const ${name} = ${namespace}.${name};`).join('\n');
}

export const reactPlugin = {
  name: 'shoplive-react',
  resolveImport({ source }) {
    return MODULES[source];
  },
  async serve(context) {
    if (context.path === '/__react/bundle.js') return { body: await bundleReact(), type: 'js' };
    if (context.path === MODULES.react) return { body: reexport('React', 'react'), type: 'js' };
    if (context.path === MODULES['react-dom/client']) return { body: reexport('ReactDOMClient', 'react-dom/client'), type: 'js' };
    return undefined;
  },
};
