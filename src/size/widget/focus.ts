// Focus helpers for the size helper's modal panel: what Tab can reach, and keeping Tab inside.

const CANDIDATES = 'button, [href], input, select, textarea, summary, [tabindex]';

/** Elements of `root` that Tab reaches, in document order. A radio group counts once (its checked radio). */
export function tabbables(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const element of root.querySelectorAll<HTMLElement>(CANDIDATES)) {
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled || !visible(element)) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      if (groups.has(element.name)) continue;
      const group = [...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${element.name}"]`)];
      const target = group.find((radio) => radio.checked) ?? group[0]!;
      if (target !== element) continue;
      groups.add(element.name);
    }
    found.push(element);
  }
  return found;
}

function visible(element: HTMLElement): boolean {
  // Content of a closed <details> and [hidden] subtrees are not visible; checkVisibility knows both.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Wraps Tab and Shift+Tab around the ends of `container`. Call from its keydown handler. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const items = tabbables(container);
  const active = deepActiveElement(container.getRootNode() as ShadowRoot);
  if (items.length === 0) {
    event.preventDefault();
    return;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const inside = active !== null && container.contains(active);
  if (event.shiftKey && (!inside || active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}
