// What the package's manifest and tarball must say and hold; used by pack.mjs.
const PEER_LIBRARIES = ['lit', 'hls.js', 'agora-rtc-sdk-ng', '@floating-ui/dom'];

function fail(message) {
  throw new Error(`package: ${message}`);
}

/** package.json: the fields a registry, a bundler and a TypeScript consumer read. */
export function checkManifest(manifest) {
  for (const field of ['name', 'version', 'description', 'license', 'types', 'exports', 'files', 'sideEffects']) {
    if (manifest[field] === undefined) fail(`package.json has no "${field}"`);
  }
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length < 3) fail('package.json needs keywords');
  if (!manifest.repository?.url) fail('package.json needs repository.url');
  for (const library of PEER_LIBRARIES) {
    if (!manifest.dependencies?.[library]) fail(`${library} must be a dependency, so the consumer's install provides it`);
  }
  if (!manifest.peerDependencies?.react) fail('react must be a peer dependency of shoplive/react');
  for (const [key, target] of Object.entries(manifest.exports)) {
    if (key === './package.json') continue;
    if (!target.types?.startsWith('./dist/types/') || !target.default?.startsWith('./dist/npm/')) {
      fail(`exports["${key}"] must name dist/types/… for types (first) and dist/npm/… for code`);
    }
    if (Object.keys(target)[0] !== 'types') fail(`exports["${key}"].types must come first`);
  }
  if (manifest.sideEffects.some((pattern) => !pattern.startsWith('./dist/npm/'))) fail('sideEffects names files outside dist/npm');
  // The Custom Elements Manifest (IDEs, Storybook, linters read it): named and shipped.
  if (manifest.customElements !== 'custom-elements.json') fail('package.json needs "customElements": "custom-elements.json"');
  if (!manifest.files.includes(manifest.customElements)) fail(`"files" must include ${manifest.customElements}`);
}

/** The tarball (`npm pack --json`): every export target present, nothing a consumer does not load. */
export function checkTarball(manifest, packed) {
  const files = new Set(packed.files.map((file) => file.path));
  for (const [key, target] of Object.entries(manifest.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of targets) if (!files.has(path.replace(/^\.\//, ''))) fail(`exports["${key}"] names ${path}, missing from the tarball`);
  }
  if (!files.has(manifest.customElements)) fail(`${manifest.customElements} is missing from the tarball (npm run build writes it)`);
  const allowed = /^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md|custom-elements\.json|dist\/npm\/[\w.-]+\.js|dist\/npm\/chunks\/[\w.-]+\.js|dist\/types\/.+\.d\.ts)$/;
  const stray = [...files].filter((path) => !allowed.test(path));
  if (stray.length) fail(`the tarball holds files no entry needs: ${stray.slice(0, 10).join(', ')}`);
  if ([...files].some((path) => /(^|\/)(test|demo)\//.test(path) || path.endsWith('.map'))) fail('tests, demo files or source maps in the tarball');
  // Bundled copies of the big libraries would show up as big chunks; the package's own code is well under this.
  const biggest = packed.files.reduce((max, file) => (file.size > max.size ? file : max));
  if (biggest.size > 200 * 1024) fail(`${biggest.path} is ${(biggest.size / 1024).toFixed(0)} kB: a dependency was bundled instead of imported`);
}
