import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which arrow keys move: a menu's Up/Down, a toolbar's Left/Right, or both (a wrapping radio group of chips, where
 * Down and Right go forwards).
 */
export type RovingOrientation = 'vertical' | 'horizontal' | 'both';

/** Where focus lands in the group: its ends, its checked item, or its tab stop (the item with `tabindex="0"`). */
export type RovingTarget = 'first' | 'last' | 'checked' | 'stop';

export interface RovingTabindexOptions {
  /** The group's element in the host's render root, looked up on each use (it may come and go with renders). */
  container: () => HTMLElement | null | undefined;
  /** Selector of the items inside, in document order: items in nested groups (a menu's sections) count in order. */
  items: string;
  orientation: RovingOrientation;
  /** Called after a key moved focus to `item` (a radio group chooses it there). */
  onMove?: (item: HTMLElement) => void;
}

const FORWARD = 1;
const BACK = -1;

/**
 * Keyboard movement inside a composite widget with one tab stop (WAI-ARIA roving tabindex): arrow keys move to the
 * next or previous item and wrap, Home and End jump to the ends, and Left/Right follow the reading direction, so
 * ArrowRight goes back in a right-to-left group. The template decides which item is the tab stop (`tabindex="0"`;
 * menus keep every item at -1 and Tab closes them); this controller moves focus, and focuses an item once the next
 * render is on screen, which is what a menu that has just opened needs.
 */
export class RovingTabindex implements ReactiveController {
  private pending?: RovingTarget;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingTabindexOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.pending;
    this.pending = undefined;
    if (target) this.focus(target);
  }

  /** Focuses `target` after the host's next render (now requested), e.g. the checked item of a menu just opened. */
  focusAfterUpdate(target: RovingTarget): void {
    this.pending = target;
    this.host.requestUpdate();
  }

  focus(target: RovingTarget): void {
    const items = this.items();
    const found =
      target === 'first'
        ? items[0]
        : target === 'last'
          ? items.at(-1)
          : items.find((item) => (target === 'checked' ? item.getAttribute('aria-checked') === 'true' : item.getAttribute('tabindex') === '0'));
    (found ?? items[0])?.focus();
  }

  /** The group's keydown listener. Returns whether it moved focus (and then prevents the key's default). */
  readonly onKeydown = (event: KeyboardEvent): boolean => {
    const container = this.options.container();
    if (!container || event.altKey || event.ctrlKey || event.metaKey) return false;
    const items = this.items();
    if (!items.length) return false;
    const target = event.composedPath()[0];
    const current = items.findIndex((item) => item === target || (target instanceof Node && item.contains(target)));
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else {
      const step = this.step(event.key, container);
      if (!step) return false;
      next = current < 0 ? (step === FORWARD ? 0 : items.length - 1) : (current + step + items.length) % items.length;
    }
    event.preventDefault();
    const item = items[next]!;
    item.focus();
    this.options.onMove?.(item);
    return true;
  };

  private step(key: string, container: HTMLElement): number | undefined {
    const vertical = this.options.orientation !== 'horizontal';
    const horizontal = this.options.orientation !== 'vertical';
    if (vertical && key === 'ArrowDown') return FORWARD;
    if (vertical && key === 'ArrowUp') return BACK;
    if (!horizontal || (key !== 'ArrowRight' && key !== 'ArrowLeft')) return undefined;
    const rtl = getComputedStyle(container).direction === 'rtl';
    return (key === 'ArrowRight') !== rtl ? FORWARD : BACK;
  }

  private items(): HTMLElement[] {
    return [...(this.options.container()?.querySelectorAll<HTMLElement>(this.options.items) ?? [])];
  }
}
