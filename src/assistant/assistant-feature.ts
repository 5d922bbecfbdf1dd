import { html } from 'lit';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import './widget/shoplive-assistant.js';

/** Draws `<shoplive-assistant compact>` over the video, following the show's presented product. */
export class AssistantFeature implements PlayerFeature {
  constructor(private readonly context: PlayerFeatureContext) {}

  renderOverlay() {
    return html`<shoplive-assistant compact .owner=${this.context.host}></shoplive-assistant>`;
  }
}
