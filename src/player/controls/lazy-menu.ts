import type { ReactiveControllerHost } from 'lit';
import { LazyFeature } from '../../internal/lazy-feature.js';
import type { MenuController } from './menu.js';

/** A menu whose code loads on first use (quality, speed): a player with nothing to choose never downloads it. */
export function lazyMenu(host: ReactiveControllerHost & HTMLElement): LazyFeature<MenuController> {
  return new LazyFeature('menus', async () => new (await import('./menu.js')).MenuController(host), () => host.requestUpdate());
}
