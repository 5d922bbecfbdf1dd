import { nothing } from 'lit';
import { icons } from '../player/controls/icons.js';
import { MenuController } from '../player/controls/menu.js';
import type { EngineSignal } from '../player/engines/engine.js';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import { pickStyle, STYLE_BACK, STYLE_ENTRY, styleEntryGroup, styleGroups } from './caption-style-menu.js';
import type { CueInit } from './cue.js';
import { OverlayLayout } from '../layout/overlay-layout.js';
import { SubtitleController } from './subtitle-controller.js';
import { subtitleStyles } from './subtitle.styles.js';

/**
 * The player's subtitle layer as a player feature: the stream's subtitle renditions and speech-to-text come as engine
 * signals, the host's sidecar files and `subtitles-lang` as configuration, its own captions through `addCue`.
 */
export class SubtitleFeature implements PlayerFeature {
  readonly controller: SubtitleController;
  private readonly menu: MenuController;
  /** Which page of the subtitles menu shows: the languages, or the caption style. */
  private page: 'main' | 'style' = 'main';

  constructor(private readonly context: PlayerFeatureContext) {
    const { host } = context;
    this.controller = new SubtitleController(host, {
      video: context.video,
      requested: () => host.subtitlesLang,
      uiLocale: context.locale,
      report: context.report,
    });
    this.menu = new MenuController(host);
    context.adoptStyles(subtitleStyles);
    // Captions take the room the player's layout owner leaves them (above the bar, below the cards).
    OverlayLayout.of(host);
  }

  onSignal(signal: EngineSignal): void {
    const { controller } = this;
    if (signal.type === 'subtitle-tracks') void controller.useStreamTracks(signal.tracks, signal.toMediaTime);
    else if (signal.type === 'timeline') controller.timelineChanged();
    // The seller's data stream also carries product cues: the speech-to-text reader ignores what is not its own.
    else if (signal.type === 'data') controller.receiveData(signal.bytes);
  }

  configure(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const { host } = this.context;
    // Checked (and each bad entry reported) by the controller: child <track>s and the `subtitles` property.
    if (changed.has('subtitles') || !host.hasUpdated) void this.controller.useSidecars(host, host.subtitles);
    if (changed.has('subtitlesLang') && host.hasUpdated) this.controller.negotiate();
  }

  streamReplaced(): void {
    this.controller.dropStreamTracks();
  }

  /** `player.addCue()`, with a cue already checked (`checkedCue`). */
  addHostCue(cue: CueInit): void {
    this.controller.addHostCue(cue);
  }

  renderOverlay() {
    return this.controller.render();
  }

  renderControls() {
    const { controller, context } = this;
    if (!controller.languages.length) return nothing;
    const { t } = context;
    // Closed, the menu opens on its first page again.
    if (!this.menu.open) this.page = 'main';
    return this.menu.render({
      id: 'subtitles',
      label: t('subtitles.menu'),
      icon: icons.subtitles,
      groups:
        this.page === 'style'
          ? styleGroups(t, controller.style)
          : [controller.languageGroup({ language: t('subtitles.language'), off: t('subtitles.off') }), styleEntryGroup(t)],
      onPick: (item) => {
        if (item.value === STYLE_ENTRY || item.value === STYLE_BACK) {
          this.page = item.value === STYLE_ENTRY ? 'style' : 'main';
          context.host.requestUpdate();
          return 'stay';
        }
        // Style choices keep the page open: the shopper sees the change and may make the next one.
        if (pickStyle(item)) return 'stay';
        controller.pick(item);
        return undefined;
      },
    });
  }

  dispose(): void {
    this.controller.dispose();
  }
}
