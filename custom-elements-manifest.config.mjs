// `npm run manifest` (part of `npm run build`): custom-elements.json from the elements' JSDoc and code, published in
// the package (`customElements` in package.json) and checked against the code by test/manifest/manifest.check.mjs.
import { shoplivePlugin } from './docs/site/manifest-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [shoplivePlugin()],
};
