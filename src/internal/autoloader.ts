import { log } from './log.js';
import { NEAR_VIEWPORT_MARGIN } from './near-viewport-controller.js';

export interface LazyElement {
  /** Imports the module that defines the element. */
  load: () => Promise<unknown>;
  /** `present`: load as soon as one is in the document. `near-viewport`: once one nears the viewport (or is eager). */
  when: 'present' | 'near-viewport';
  /** Runs for each instance as it nears the viewport, while the definition is still on its way. */
  warm?: (element: Element) => void;
  /** Runs for each instance as soon as it is found, before its definition (e.g. to reserve its box). */
  found?: (element: Element) => void;
}

/**
 * The script-tag loader's engine: finds `shoplive-*` tags in the page (now and as they are added) and imports each
 * element's code only when it is needed, so the script tag itself stays a few kB.
 */
export function autoload(registry: Record<string, LazyElement>): void {
  const tags = Object.keys(registry);
  const selector = tags.join(',');
  const requested = new Set<string>();

  const load = (tag: string) => {
    if (requested.has(tag)) return;
    requested.add(tag);
    registry[tag]!.load().catch((error: unknown) => {
      requested.delete(tag);
      log.error(`could not load <${tag}>`, error);
    });
  };

  const activate = (element: Element) => {
    const tag = element.localName;
    registry[tag]?.warm?.(element);
    load(tag);
  };

  const viewport = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        viewport.unobserve(entry.target);
        activate(entry.target);
      }
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );

  const discover = (element: Element) => {
    const spec = registry[element.localName];
    if (!spec || customElements.get(element.localName)) return;
    spec.found?.(element);
    if (spec.when === 'present' || element.getAttribute('loading') === 'eager') activate(element);
    else viewport.observe(element);
  };

  const scan = (root: Element | Document) => {
    if (root instanceof Element && root.matches(selector)) discover(root);
    root.querySelectorAll(selector).forEach(discover);
  };

  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => node instanceof Element && scan(node));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
