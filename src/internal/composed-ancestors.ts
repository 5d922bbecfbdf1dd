// One walk up the tree that crosses shadow roots: from a node to its parent, and from a shadow root to its host, as
// far as the document. Settings that cascade like `lang` (and `commerce`, `host-origin`…) and "is it inside?" checks
// read the page's tree as the shopper sees it, not one shadow tree at a time.

/** `node`, then each ancestor up to the document, stepping from a shadow root to its host. */
export function* composedAncestors(node: Node): Generator<Node, void, undefined> {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    yield current;
  }
}

/** The shadow roots `node` sits in, innermost first (none for a node in the document's own tree). */
export function* enclosingShadowRoots(node: Node): Generator<ShadowRoot, void, undefined> {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) yield root;
}

/** Whether `node` is `ancestor` or inside it, looking through shadow roots. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (const current of composedAncestors(node)) if (current === ancestor) return true;
  return false;
}

/** The nearest element from `node` up (itself included) for which `test` holds, crossing shadow roots. */
export function closestComposed(node: Node, test: (element: Element) => boolean): Element | null {
  for (const current of composedAncestors(node)) if (current instanceof Element && test(current)) return current;
  return null;
}

/** The attribute as set on `element` or its nearest ancestor that has it (an empty value counts), crossing shadow roots. */
export function inheritedAttribute(element: Element, name: string): string | null {
  return closestComposed(element, (each) => each.hasAttribute(name))?.getAttribute(name) ?? null;
}

/** The nearest non-empty `lang` from `element` up, crossing shadow roots; '' when there is none. */
export function inheritedLang(element: Element): string {
  return closestComposed(element, (each) => !!each.getAttribute('lang'))?.getAttribute('lang') ?? '';
}
