import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { productStore, type StoreChange } from './product-store.js';

export interface ProductControllerOptions {
  /** Whether a change concerns what the host shows: it re-renders when it does. Default: every change. */
  concerns?(change: StoreChange): boolean;
  /** Runs for every change while the host is connected, before the re-render it asks for. */
  changed?(change: StoreChange): void;
}

/**
 * Keeps an element in step with the page's product store: listens while the host is connected (and only then, so a
 * removed element is not kept alive by the store), and re-renders it for the changes that concern it.
 */
export class ProductController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ProductControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe ??= productStore.subscribe(this.onChange);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private readonly onChange = (change: StoreChange) => {
    this.options.changed?.(change);
    if (this.options.concerns?.(change) ?? true) this.host.requestUpdate();
  };
}
