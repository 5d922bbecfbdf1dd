import { html, nothing } from 'lit';
import { adoptSheets } from '../internal/adopt-sheet.js';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import type { MiniPlayerDetail } from './events.js';
import { WholePlayerPip } from './document-pip.js';
import { KeepClear } from './keep-clear.js';
import { miniPlayerStyles } from './mini-player.styles.js';

const CORNERS = ['bottom-end', 'bottom-start', 'top-end', 'top-start'] as const;
/** A pointer that moves more than this is dragging the mini-player, not pressing what is under it. */
const DRAG_PX = 8;

/**
 * The player follows the shopper: when it scrolls out of view while playing, its content floats in a corner (the box
 * stays in the page, so nothing moves) until the shopper scrolls back, closes it, or `mini-player="off"` says never.
 * Floating (mini, or the Shopify app embed's fixed player) it keeps clear of the page's own UI (keep-clear.ts).
 */
export class MiniPlayerFeature implements PlayerFeature {
  private readonly host: PlayerFeatureContext['host'];
  private readonly sheet = new CSSStyleSheet();
  private readonly visibility: IntersectionObserver;
  private readonly keepClear: KeepClear;
  private visible = true;
  /** Closed by the shopper: it stays docked until the player has been back in view. */
  private dismissed = false;
  private open = false;
  private drag: { id: number; x: number; y: number; dx: number; dy: number; moved: boolean } | null = null;
  private offset = { dx: 0, dy: 0 };
  private readonly pip: WholePlayerPip;

  constructor(private readonly context: PlayerFeatureContext) {
    this.host = context.host;
    const root = this.host.shadowRoot!;
    adoptSheets(root, miniPlayerStyles.styleSheet!, this.sheet);
    this.visibility = new IntersectionObserver((entries) => {
      this.visible = entries.some((entry) => entry.isIntersecting);
      this.decide();
    });
    this.visibility.observe(this.host);
    this.keepClear = new KeepClear(this.host, () => (this.open ? this.host.shadowRoot!.querySelector<HTMLElement>('.base') : this.host));
    this.pip = new WholePlayerPip(this.host as typeof this.host & { relocating: boolean }, (open) => {
      if (open && this.open) this.setOpen(false, 'pip');
      this.host.emit('shoplive-mini-player', { open, reason: 'pip' });
    });
    const base = root.querySelector<HTMLElement>('.base');
    base?.addEventListener('pointerdown', this.onPointerDown);
    base?.addEventListener('click', this.onClickCapture, true);
  }

  /** The picture-in-picture button: the whole player where the browser can, else (false) the video alone. */
  togglePictureInPicture(): Promise<boolean> {
    return this.pip.toggle().catch(() => false);
  }

  private get disabled(): boolean {
    return this.host.getAttribute('mini-player')?.trim().toLowerCase() === 'off';
  }

  private get playing(): boolean {
    const { state } = this.context.snapshot();
    return state === 'playing' || state === 'buffering';
  }

  configure(): void {
    this.decide();
  }

  /** Opens when the player is out of view while playing; closes when it is back in view. */
  private decide(): void {
    if (this.visible) this.dismissed = false;
    const wanted = !this.visible && !this.dismissed && !this.disabled && !this.pip.open && (this.open || this.playing);
    if (wanted !== this.open) this.setOpen(wanted, 'scroll');
  }

  private setOpen(open: boolean, reason: MiniPlayerDetail['reason']): void {
    this.open = open;
    this.offset = { dx: 0, dy: 0 };
    this.applyOffset();
    this.host.toggleAttribute('mini', open);
    const corner = this.host.getAttribute('mini-player');
    if (open && corner && !(CORNERS as readonly string[]).includes(corner)) this.host.setAttribute('mini-player', 'bottom-end');
    this.keepClear.floatingChanged();
    this.host.requestUpdate();
    this.host.emit('shoplive-mini-player', { open, reason });
  }

  private readonly close = () => {
    this.dismissed = true;
    this.context.video()?.pause();
    this.setOpen(false, 'close');
  };

  renderOverlay() {
    if (!this.open) return nothing;
    return html`<button part="mini-close-button" class="mini-close" type="button" aria-label=${this.context.t('player.closeMini')} title=${this.context.t('player.closeMini')} @click=${this.close}>✕</button>`;
  }

  private applyOffset(): void {
    this.sheet.replaceSync(`.base { --_mini-dx: ${this.offset.dx}px; --_mini-dy: ${this.offset.dy}px; }`);
  }

  private readonly onPointerDown = (event: PointerEvent) => {
    this.swallowClick = false;
    if (!this.open || event.button !== 0) return;
    if ((event.composedPath()[0] as Element).closest?.('button, input, a, [role=menuitemradio], [role=menuitem]')) return;
    this.drag = { id: event.pointerId, x: event.clientX, y: event.clientY, dx: this.offset.dx, dy: this.offset.dy, moved: false };
    const base = event.currentTarget as HTMLElement;
    base.setPointerCapture(event.pointerId);
    base.addEventListener('pointermove', this.onPointerMove);
    base.addEventListener('pointerup', this.onPointerUp, { once: true });
    base.addEventListener('pointercancel', this.onPointerUp, { once: true });
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_PX) return;
    drag.moved = true;
    this.offset = { dx: drag.dx + dx, dy: drag.dy + dy };
    this.applyOffset();
  };

  private readonly onPointerUp = (event: PointerEvent) => {
    const base = event.currentTarget as HTMLElement;
    base.removeEventListener('pointermove', this.onPointerMove);
    // A drag is not a press: the click that follows it is swallowed (once).
    if (this.drag?.moved) this.swallowClick = true;
    this.drag = null;
  };

  private swallowClick = false;

  private readonly onClickCapture = (event: Event) => {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.preventDefault();
    event.stopPropagation();
  };

  streamEnded(): void {
    if (this.open) this.setOpen(false, 'scroll');
  }

  hostDisconnected(): void {
    this.visibility.disconnect();
    this.keepClear.dispose();
  }

  hostConnected(): void {
    this.visibility.observe(this.host);
    this.keepClear.start();
  }

  dispose(): void {
    this.visibility.disconnect();
    this.keepClear.dispose();
    this.host.removeAttribute('mini');
  }
}
