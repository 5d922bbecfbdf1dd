import { adoptSheets } from '../internal/adopt-sheet.js';

/**
 * A floating player (the mini-player, or the Shopify app embed's fixed player) gets out of the way of the page's own
 * UI: the focused element, and after an add to cart the theme's cart notification or drawer (the host names them with
 * `keep-clear="selector, …"`; Shopify themes' usual ones are known). It tries its corner, then the others, at full
 * size and then smaller; where nothing fits it hides until the page's UI goes away. It never moves by itself
 * otherwise, so the shopper is not chased around.
 */
const THEME_CART_UI = [
  'cart-notification',
  'cart-drawer',
  '#cart-notification',
  '#CartDrawer',
  '#cart-drawer',
  '.cart-notification',
  '.cart-drawer',
  '[role=dialog][aria-modal=true]',
].join(', ');
/** How long after an add to cart the page's cart UI is watched for (themes open it after the cart request). */
const WATCH_MS = 10_000;
const MARGIN_PX = 12;
const SCALES = [1, 0.66, 0.45];
const MAX_SELECTOR_CHARS = 500;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export class KeepClear {
  private readonly sheet = new CSSStyleSheet();
  private watchUntil = 0;
  private frame = 0;
  private mutations?: MutationObserver;
  private applied = '';

  constructor(
    private readonly host: HTMLElement,
    /** The element that floats now (the host itself when the page makes it fixed), or null. */
    private readonly floating: () => HTMLElement | null,
  ) {
    adoptSheets(host.shadowRoot, this.sheet);
    this.start();
  }

  /** Follows the page: focus moves, adds to cart, theme cart updates, resizes. */
  start(): void {
    document.addEventListener('focusin', this.schedule);
    document.addEventListener('focusout', this.schedule);
    document.addEventListener('shoplive-add-to-cart', this.onAdd);
    document.addEventListener('cart:updated', this.onAdd);
    window.addEventListener('resize', this.schedule);
  }

  /** The mini-player opened or closed: its box is another one now. */
  floatingChanged(): void {
    this.set('');
    this.schedule();
  }

  private readonly onAdd = () => {
    this.watchUntil = performance.now() + WATCH_MS;
    if (!this.mutations) {
      this.mutations = new MutationObserver(this.schedule);
      this.mutations.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'open', 'class', 'style', 'aria-hidden'] });
    }
    this.schedule();
  };

  private readonly schedule = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };

  private selectors(): string {
    const own = this.host.getAttribute('keep-clear')?.slice(0, MAX_SELECTOR_CHARS).trim();
    return own ? `${own}, ${THEME_CART_UI}` : THEME_CART_UI;
  }

  /** What the floating player must not cover: the focused element outside it, and the page's cart UI while watched. */
  private obstacles(): Box[] {
    const boxes: Box[] = [];
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused !== this.host && !this.host.contains(focused)) boxes.push(focused.getBoundingClientRect());
    if (performance.now() < this.watchUntil || boxes.length) {
      let matches: Element[] = [];
      try {
        matches = [...document.querySelectorAll(this.selectors())];
      } catch {
        matches = [...document.querySelectorAll(THEME_CART_UI)];
      }
      for (const element of matches) {
        if (element === this.host || element.contains(this.host) || !(element as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: true })) continue;
        boxes.push(element.getBoundingClientRect());
      }
    }
    if (performance.now() >= this.watchUntil) {
      this.mutations?.disconnect();
      this.mutations = undefined;
    }
    return boxes.filter((box) => box.right > box.left && box.bottom > box.top);
  }

  private place(): void {
    const element = this.floating();
    const floats = element && (element !== this.host || getComputedStyle(element).position === 'fixed');
    if (!element || !floats) return this.set('');
    const obstacles = this.obstacles();
    if (!obstacles.length) return this.set('');
    // Where it sits without our move (the rule is removed while measuring, then put back if still needed).
    const previous = this.applied;
    this.set('');
    const natural = element.getBoundingClientRect();
    const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
    if (!obstacles.some((box) => intersects(box, natural))) return;
    for (const scale of SCALES) {
      const width = natural.width * scale;
      const height = natural.height * scale;
      const corners = [
        { left: natural.left, top: natural.top },
        { left: view.width - MARGIN_PX - width, top: view.height - MARGIN_PX - height },
        { left: MARGIN_PX, top: view.height - MARGIN_PX - height },
        { left: MARGIN_PX, top: MARGIN_PX },
        { left: view.width - MARGIN_PX - width, top: MARGIN_PX },
      ];
      for (const corner of corners) {
        const box = { left: corner.left, top: corner.top, right: corner.left + width, bottom: corner.top + height };
        if (box.left < 0 || box.top < 0 || box.right > view.width || box.bottom > view.height) continue;
        if (obstacles.some((obstacle) => intersects(obstacle, box))) continue;
        return this.set(this.rule(element, `${this.translate(element, corner.left - natural.left, corner.top - natural.top)} scale: ${scale}; transform-origin: 0 0;`));
      }
    }
    // Nowhere to go: out of sight until the page's UI is gone (it plays on, and comes back by itself).
    this.set(this.rule(element, 'visibility: hidden;'));
    void previous;
  }

  /**
   * The move from where it sits. The mini-player's box already has a `translate` (the shopper's drag, which `natural`
   * included): the move adds to it rather than replacing it.
   */
  private translate(element: HTMLElement, dx: number, dy: number): string {
    if (element === this.host) return `translate: ${dx}px ${dy}px;`;
    return `translate: calc(var(--_mini-dx, 0px) + ${dx}px) calc(var(--_mini-dy, 0px) + ${dy}px);`;
  }

  /** The mini-player's rule is as specific as its own `:host([mini]) .base`, and this sheet is adopted after it. */
  private rule(element: HTMLElement, declarations: string): string {
    return `${element === this.host ? ':host' : ':host([mini]) .base'} { ${declarations} transition: translate 0.2s, scale 0.2s; }`;
  }

  private set(rule: string): void {
    if (rule === this.applied) return;
    this.applied = rule;
    this.sheet.replaceSync(rule);
  }

  /** Lets go of the page (the player left it); `start()` follows it again. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.mutations?.disconnect();
    this.mutations = undefined;
    document.removeEventListener('focusin', this.schedule);
    document.removeEventListener('focusout', this.schedule);
    document.removeEventListener('shoplive-add-to-cart', this.onAdd);
    document.removeEventListener('cart:updated', this.onAdd);
    window.removeEventListener('resize', this.schedule);
  }
}
