import { EVENTS } from '../internal/events.js';

/**
 * While the player is in the Document PiP window, its `shoplive-*` events bubble up to that window's document, not to
 * the page's, where the storefront listens. Each one reaching the PiP window is re-dispatched from `pageTarget` (the
 * placeholder holding the player's place in the page), bubbling and composed, with the same detail, during the same
 * dispatch: `shoplive-add-to-cart`'s `respondWith` still works, and a `preventDefault()` in the page counts for the
 * original. Returns the function that stops forwarding.
 */
export function forwardPlayerEvents(pipWindow: Window, pageTarget: Element): () => void {
  const names = Object.values(EVENTS);
  const forward = (event: Event) => {
    if (!event.bubbles || !('detail' in event)) return;
    const copy = new CustomEvent(event.type, { bubbles: true, composed: true, cancelable: event.cancelable, detail: (event as CustomEvent).detail });
    pageTarget.dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  };
  for (const name of names) pipWindow.addEventListener(name, forward);
  return () => {
    for (const name of names) pipWindow.removeEventListener(name, forward);
  };
}
