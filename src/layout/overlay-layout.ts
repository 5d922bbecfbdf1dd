import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptSheets } from '../internal/adopt-sheet.js';

/** Overlays that take a place in the top band mark themselves `data-region="top"` (cards, notices, an assistant). */
export const TOP_REGION = 'top';
const GAP_PX = 8;

/**
 * The one owner of where overlays go (see overlay-layout.styles.ts for the regions). It measures what only layout
 * knows (the bar's height, how low the top occupants reach, how much room a caption needs) whenever the player, the
 * bar, an occupant or the captions change size, and writes the numbers into a sheet of its own. When a caption needs
 * more room than the band between the bar and the cards leaves it, the cards step aside (hidden) until it passes, so
 * large captions never lose text and never run under a card.
 */
export class OverlayLayout implements ReactiveController {
  private static readonly owners = new WeakMap<HTMLElement, OverlayLayout>();

  /** The player's one layout owner, made by the first overlay that needs one (its code loads with the overlays). */
  static of(host: ReactiveControllerHost & HTMLElement): OverlayLayout {
    let owner = OverlayLayout.owners.get(host);
    if (!owner) OverlayLayout.owners.set(host, (owner = new OverlayLayout(host)));
    return owner;
  }

  private readonly sheet = new CSSStyleSheet();
  private readonly resize = new ResizeObserver(() => this.schedule());
  private readonly observed = new Set<Element>();
  private frame = 0;
  private applied = '';
  /** Read by tests and the docs' figures: whether the cards stepped aside for a caption. */
  crowded = false;

  private constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    host.requestUpdate();
  }

  hostConnected(): void {
    adoptSheets(this.host.shadowRoot, this.sheet);
    for (const type of ['pointerenter', 'pointerleave', 'focusin', 'focusout'] as const) this.host.addEventListener(type, this.schedule);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.observed.clear();
    for (const type of ['pointerenter', 'pointerleave', 'focusin', 'focusout'] as const) this.host.removeEventListener(type, this.schedule);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const base = root?.querySelector('.base');
    if (!root || !base) return;
    const watched = [base, ...root.querySelectorAll(`.base > [data-region], .controls, .subtitles`)];
    for (const element of watched) {
      if (this.observed.has(element)) continue;
      this.observed.add(element);
      this.resize.observe(element);
    }
    for (const element of this.observed) {
      if (element.isConnected) continue;
      this.resize.unobserve(element);
      this.observed.delete(element);
    }
    this.schedule();
  }

  private readonly schedule = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  };

  private measure(): void {
    const root = this.host.shadowRoot;
    const base = root?.querySelector<HTMLElement>('.base');
    if (!root || !base) return;
    const frame = base.getBoundingClientRect();
    const bar = root.querySelector<HTMLElement>('.controls');
    const barHeight = bar?.getClientRects().length ? Math.ceil(bar.getBoundingClientRect().height) : 0;
    const occupants = [...root.querySelectorAll<HTMLElement>(`.base > [data-region="${TOP_REGION}"]`)].filter((element) => element.getClientRects().length);
    const cards = occupants.filter((element) => element.localName === 'shoplive-product-cards' && !element.hasAttribute('sheet'));
    const lowest = (elements: HTMLElement[]) => Math.max(0, ...elements.map((element) => this.ownBottom(element) - frame.top));
    const topWithCards = Math.ceil(lowest(occupants));
    const topWithoutCards = Math.ceil(lowest(occupants.filter((element) => !cards.includes(element))));
    const captions = root.querySelector<HTMLElement>('.subtitles');
    let crowded = false;
    if (captions && cards.length) {
      // The bar's space as the styles want it now (a custom property: no transition to wait for).
      const barSpace = parseFloat(getComputedStyle(base).getPropertyValue('--_bar-space')) || 0;
      const bottom = barSpace + (parseFloat(getComputedStyle(captions).getPropertyValue('--shoplive-subtitle-bottom')) || GAP_PX);
      // The room with the cards in place, and the room the caption's lines need (its content, however it is clipped).
      const room = frame.height - bottom - topWithCards - GAP_PX;
      // Lines clipped at the top of a flex-end box are not in its scrollHeight: measure the cues themselves.
      const cues = [...captions.children];
      const needed = cues.length ? cues.at(-1)!.getBoundingClientRect().bottom - cues[0]!.getBoundingClientRect().top : 0;
      crowded = needed > room + 1;
    }
    this.crowded = crowded;
    const endWidth = cards.length && !crowded ? Math.ceil(Math.max(...cards.map((element) => element.getBoundingClientRect().width))) : 0;
    const rules = [
      `.base { --_bar-height: ${barHeight || 52}px; --_top-occupied: ${crowded ? topWithoutCards : topWithCards}px; --_top-end-width: ${endWidth}px; }`,
      crowded ? `.base > shoplive-product-cards:not([sheet]) { visibility: hidden; }` : '',
    ].join('\n');
    if (rules === this.applied) return;
    this.applied = rules;
    this.sheet.replaceSync(rules);
  }

  /** How low an occupant reaches: its own box, or the box of what it draws (the cards' content is in its shadow). */
  private ownBottom(element: HTMLElement): number {
    const inner = element.shadowRoot?.querySelector<HTMLElement>('[part=base]');
    const box = (inner?.getClientRects().length ? inner : element).getBoundingClientRect();
    return box.bottom;
  }
}
