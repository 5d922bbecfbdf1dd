import { nothing, type CSSResult } from 'lit';
import { LazyFeature } from '../../internal/lazy-feature.js';
import type { SeekMark } from '../controls/seek-bar.js';
import type { EngineSignal } from '../engines/engine.js';
import type { PlayerFeature, PlayerFeatureContext, PlayerFeatureDefinition } from './player-feature.js';

/** Adds `styles` to `root` beside what it has, once (a feature's look is part of the player's shadow root). */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The player's features, each loaded on first need (an engine signal it declared, or configuration that wants it).
 * Calls made before a feature's code arrives are queued in order (see LazyFeature).
 */
export class FeatureHub {
  private readonly features = new Map<string, LazyFeature<PlayerFeature>>();

  constructor(
    private readonly definitions: readonly PlayerFeatureDefinition[],
    private readonly context: PlayerFeatureContext,
  ) {}

  private feature(definition: PlayerFeatureDefinition): LazyFeature<PlayerFeature> {
    let feature = this.features.get(definition.name);
    if (!feature) {
      feature = new LazyFeature(definition.name, () => definition.load(this.context), () => this.context.host.requestUpdate());
      this.features.set(definition.name, feature);
    }
    return feature;
  }

  private each(action: (feature: PlayerFeature) => void): void {
    for (const feature of this.features.values()) feature.ifUsed(action);
  }

  signal(signal: EngineSignal): void {
    for (const definition of this.definitions) {
      const deliver = (feature: PlayerFeature) => feature.onSignal?.(signal);
      if (definition.signals.includes(signal.type)) this.feature(definition).use(deliver);
      else if (definition.passiveSignals?.includes(signal.type)) this.features.get(definition.name)?.ifUsed(deliver);
    }
  }

  configure(changes: ReadonlyMap<PropertyKey, unknown>): void {
    // A feature still loading hears of the changes later: keep this update's map as it is now.
    const changed = new Map(changes);
    for (const definition of this.definitions) {
      const feature = definition.wanted?.(this.context.host, changed) ? this.feature(definition) : this.features.get(definition.name);
      feature?.use((loaded) => loaded.configure?.(changed));
    }
  }

  streamStarted(): void {
    this.each((feature) => feature.streamStarted?.());
  }

  streamEnded(): void {
    this.each((feature) => feature.streamEnded?.());
  }

  streamReplaced(): void {
    this.each((feature) => feature.streamReplaced?.());
  }

  /** A feature by name, for the player's own public methods (`addCue`, `presentProduct`): loaded if needed. */
  use<T extends PlayerFeature>(name: string, action: (feature: T) => void): void {
    const definition = this.definitions.find((candidate) => candidate.name === name);
    if (definition) this.feature(definition).use((feature) => action(feature as T));
  }

  /** What the loaded features draw over the video, in the order they are defined. */
  overlays() {
    return this.definitions.map((definition) => this.features.get(definition.name)?.current?.renderOverlay?.() ?? nothing);
  }

  controls() {
    return this.definitions.map((definition) => this.features.get(definition.name)?.current?.renderControls?.() ?? nothing);
  }

  /** Marks the loaded features put on the seek bar (product chapters), in media time. */
  seekMarks(): SeekMark[] {
    return this.definitions.flatMap((definition) => this.features.get(definition.name)?.current?.seekMarks?.() ?? []);
  }

  hostConnected(): void {
    this.each((feature) => feature.hostConnected?.());
  }

  hostDisconnected(): void {
    this.each((feature) => feature.hostDisconnected?.());
  }

  dispose(): void {
    this.each((feature) => feature.dispose?.());
  }
}
