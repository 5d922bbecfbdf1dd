import { nothing } from 'lit';
import { icons } from '../player/controls/icons.js';
import { MenuController } from '../player/controls/menu.js';
import type { EngineSignal } from '../player/engines/engine.js';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import type { CueInit } from './cue.js';
import { SubtitleController } from './subtitle-controller.js';
import { subtitleStyles } from './subtitle.styles.js';

/**
 * The player's subtitle layer as a player feature: the stream's subtitle renditions and speech-to-text come as engine
 * signals, the host's sidecar files and `subtitles-lang` as configuration, its own captions through `addCue`.
 */
export class SubtitleFeature implements PlayerFeature {
  readonly controller: SubtitleController;
  private readonly menu: MenuController;

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
    return this.menu.render({
      id: 'subtitles',
      label: t('subtitles.menu'),
      icon: icons.subtitles,
      groups: controller.menuGroups({
        language: t('subtitles.language'),
        off: t('subtitles.off'),
        textSize: t('subtitles.textSize'),
        sizes: { small: t('subtitles.sizeSmall'), medium: t('subtitles.sizeMedium'), large: t('subtitles.sizeLarge') },
      }),
      onPick: (item) => controller.pick(item),
    });
  }

  dispose(): void {
    this.controller.dispose();
  }
}
