import type { ReactiveControllerHost } from 'lit';
import { LazyFeature } from '../../internal/lazy-feature.js';
import type { MenuController } from './menu.js';
import type { renderSeekBar } from './seek-bar.js';
import type { speedItems } from './speed-menu.js';

export { seekable } from './seekable.js';

/** A menu whose code loads on first use (quality, speed): a player with nothing to choose never downloads it. */
export function lazyMenu(host: ReactiveControllerHost & HTMLElement): LazyFeature<MenuController> {
  return new LazyFeature('menus', async () => new (await import('./menu.js')).MenuController(host), () => host.requestUpdate());
}

/** The seek bar and the speed menu of a recording (its own chunk, with the menu code). */
export interface RecordingControls {
  speedMenu: MenuController;
  renderSeekBar: typeof renderSeekBar;
  speedItems: typeof speedItems;
}

export function lazyRecordingControls(host: ReactiveControllerHost & HTMLElement): LazyFeature<RecordingControls> {
  const load = async () => {
    const [{ MenuController }, controls] = await Promise.all([import('./menu.js'), import('./recording-controls.js')]);
    controls.adoptStyles(host.shadowRoot);
    return { speedMenu: new MenuController(host), renderSeekBar: controls.renderSeekBar, speedItems: controls.speedItems };
  };
  return new LazyFeature('recording controls', load, () => host.requestUpdate());
}
