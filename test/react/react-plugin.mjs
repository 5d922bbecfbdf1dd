// React ships CommonJS only, which the test server cannot serve as modules. This plugin bundles react, react-dom
// and react-dom/client once with esbuild into one ES module (one React instance for both) and serves thin ES modules
// named after each that re-export it, for test/react/*.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const MODULES = { react: '/__react/react.js', 'react-dom': '/__react/react-dom.js', 'react-dom/client': '/__react/react-dom-client.js' };
let bundle;

function bundleReact() {
  bundle ??= build({
    stdin: { contents: "export * as React from 'react'; export * as ReactDOM from 'react-dom'; export * as ReactDOMClient from 'react-dom/client';", resolveDir: process.cwd() },
    bundle: true, format: 'esm', write: false, define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'error',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

function reexport(namespace, moduleName) {
  // A child process: loading React in the test runner's own process would patch the runner's console.
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(moduleName)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
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
    if (context.path === MODULES['react-dom']) return { body: reexport('ReactDOM', 'react-dom'), type: 'js' };
    if (context.path === MODULES['react-dom/client']) return { body: reexport('ReactDOMClient', 'react-dom/client'), type: 'js' };
    return undefined;
  },
};
