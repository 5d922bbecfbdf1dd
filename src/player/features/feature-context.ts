import type { LocaleController } from '../../i18n/locale-controller.js';
import type { ReportRefusal } from '../../internal/refusals.js';
import type { PlayerMetricsSnapshot } from '../metrics.js';
import type { PlaybackSession } from '../session/playback-session.js';
import { addStyles, type FeatureHub } from './feature-hub.js';
import type { FeatureHost, PlayerFeatureContext } from './player-feature.js';

export interface FeatureContextParts {
  host: FeatureHost & { readonly renderRoot: HTMLElement | DocumentFragment; readonly videoElement: HTMLVideoElement | null; readonly metrics: PlayerMetricsSnapshot };
  i18n: LocaleController;
  report: ReportRefusal;
  /** Read when a feature asks (the session and the hub are made after the context). */
  session: () => PlaybackSession;
  features: () => FeatureHub;
}

/** What the player lets its features read and ask: its state and language, and the way up for requests. */
export function featureContext({ host, i18n, report, session, features }: FeatureContextParts): PlayerFeatureContext {
  return {
    host,
    video: () => host.videoElement,
    snapshot: () => session().snapshot,
    metrics: () => host.metrics,
    liveLatency: () => session().engine?.liveLatency?.() ?? null,
    locale: () => i18n.locale,
    t: (key, params) => i18n.t(key, params),
    report,
    request: (request) => session().request(request),
    use: (name, action) => features().use(name, action),
    adoptStyles: (styles) => addStyles(host.renderRoot as ShadowRoot, styles),
  };
}
