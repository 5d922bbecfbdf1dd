import { LitElement } from 'lit';
import { log } from './log.js';

/**
 * Base class of every shoplive element. Its only job is a consistent way out: `emit()` sends
 * CustomEvents that bubble and cross shadow roots, and returns the event so cancelable requests can be checked.
 */
export class ShopliveElement extends LitElement {
  emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail?: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: Omit<CustomEventInit, 'detail'> = {},
  ): CustomEvent {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
    try {
      this.dispatchEvent(event);
    } catch (error) {
      // dispatchEvent does not rethrow listener errors, but a polyfilled environment might: never let a host break us.
      log.error(`a listener for ${name} threw`, error);
    }
    return event;
  }
}
