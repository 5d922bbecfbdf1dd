import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport an element counts as "near": one viewport in every direction. */
export const NEAR_VIEWPORT_MARGIN = '100%';

/**
 * Calls `onNear` once, the first time the host comes within a viewport of being visible. Until then the host does no
 * work at all, which is what lets a page carry players far below the fold for free.
 */
export class NearViewportController implements ReactiveController {
  private observer?: IntersectionObserver;
  private fired = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onNear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.fired) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.trigger();
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Re-arms after the host was reset (new `src`, reconnected). */
  reset(): void {
    this.fired = false;
    if (this.host.isConnected && !this.observer) this.hostConnected();
  }

  private trigger(): void {
    if (this.fired) return;
    this.fired = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.onNear();
  }
}
