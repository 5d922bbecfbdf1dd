import type { PlayerFeature, PlayerFeatureContext, PlayerFeatureDefinition } from '../player/features/player-feature.js';
import { QoeReporter } from './qoe-reporter.js';

/** `shoplive-qoe` reports as a player feature: told when a stream starts and ends, it reads the rest itself. */
class QoeFeature implements PlayerFeature {
  private readonly reporter: QoeReporter;

  constructor(context: PlayerFeatureContext) {
    this.reporter = new QoeReporter(context.host, {
      state: () => context.snapshot().state,
      metrics: context.metrics,
      latency: context.liveLatency,
      interval: () => context.host.qoeInterval,
    });
  }

  streamStarted(): void {
    this.reporter.sessionStarted();
  }

  streamEnded(): void {
    this.reporter.sessionEnded();
  }
}

/**
 * Every player reports from its first moment (a failed start is what matters most), so this feature is wanted at the
 * first update and its small code ships with the element instead of loading later.
 */
export const qoeFeature: PlayerFeatureDefinition = {
  name: 'qoe',
  signals: [],
  wanted: (host) => !host.hasUpdated,
  load: async (context) => new QoeFeature(context),
};
