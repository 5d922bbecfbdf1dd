import { VERSION } from './constants.js';
import { log } from './log.js';

const versionKey = Symbol.for('shoplive.versions');

type VersionRegistry = Record<string, string>;

function registry(): VersionRegistry {
  const holder = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  return (holder[versionKey] ??= {});
}

/**
 * Registers a custom element once. Merchants often load the script twice (theme + app embed):
 * a second registration of the same version is a no-op, a different version is kept out with a warning
 * instead of throwing `NotSupportedError` and breaking the page.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // Node without a DOM shim (an import for server rendering or a test): there is no registry to add to.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    const registered = registry()[tag];
    if (existing !== element && registered !== VERSION) {
      log.warn(`<${tag}> is already defined by shoplive ${registered ?? '(unknown version)'}; version ${VERSION} is not used.`);
    }
    return;
  }
  customElements.define(tag, element);
  registry()[tag] = VERSION;
}
