// Registers <shoplive-assistant>. The npm entry `shoplive/assistant-widget` and the script-tag loader import this file.
import { define } from '../../internal/define.js';
import { TAGS } from '../../internal/constants.js';
import { ShopliveAssistant } from './assistant.component.js';

export { ShopliveAssistant } from './assistant.component.js';
export { assistant } from '../host.js';

define(TAGS.assistant, ShopliveAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-assistant': ShopliveAssistant;
  }
}
