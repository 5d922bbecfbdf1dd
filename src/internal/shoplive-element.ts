import { LitElement } from 'lit';
import { emit, type EmitOptions, type ShopliveEventDetails, type ShopliveEventName } from './events.js';

/**
 * Base class of every shoplive element. Its only job is a consistent way out: `emit()` sends `shoplive-*`
 * CustomEvents from the element (see events.ts), bubbling and crossing shadow roots, and returns the event so
 * cancelable requests can be checked.
 */
export class ShopliveElement extends LitElement {
  emit<K extends ShopliveEventName>(name: K, detail: ShopliveEventDetails[K], options?: EmitOptions): CustomEvent<ShopliveEventDetails[K]> {
    return emit(this, name, detail, options);
  }
}
