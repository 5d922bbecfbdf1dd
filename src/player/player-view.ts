import { html, nothing, type TemplateResult } from 'lit';
import type { CommerceController } from '../commerce/commerce-controller.js';
import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/translate.js';
import type { SubtitleController } from '../subtitles/subtitle-controller.js';
import { icons } from './controls/icons.js';
import type { MenuController } from './controls/menu.js';
import { qualityItems } from './controls/quality-menu.js';
import type { EngineKind, PlayerErrorCode, PlayerErrorDetail, PublisherState, QualityLevel } from './engines/engine.js';
import type { PlayerState } from './player-events.js';

/** Everything the player's template shows, and the handlers its controls call: state down, requests up. */
export interface PlayerView {
  t: (key: MessageKey, params?: MessageParams) => string;
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Already checked: an http(s) URL or ''. */
  poster: string;
  state: PlayerState;
  engine: EngineKind | null;
  error: PlayerErrorDetail | null;
  muted: boolean;
  volume: number;
  forcedMute: boolean;
  stale: boolean;
  /** The browser reports no network. */
  offline: boolean;
  publisher: PublisherState | null;
  bars: number | null;
  behindLive: boolean;
  levels: QualityLevel[];
  selectedLevel: number;
  playingLevel: QualityLevel | null;
  pip: boolean;
  fullscreen: boolean;
  captions: SubtitleController | undefined;
  commerce: CommerceController | undefined;
  menus: { quality: MenuController; subtitles: MenuController } | undefined;
  on: {
    keydown: (event: KeyboardEvent) => void;
    interact: () => void;
    video: (event: Event) => void;
    play: () => void;
    togglePlay: () => void;
    toggleMute: () => void;
    unmute: () => void;
    volume: (event: Event) => void;
    selectLevel: (index: number) => void;
    togglePip: () => void;
    toggleFullscreen: () => void;
    retry: () => void;
  };
}

const ERROR_MESSAGES: Record<PlayerErrorCode, MessageKey> = {
  'invalid-src': 'error.invalidSrc',
  'unsafe-src': 'error.unsafeSrc',
  unsupported: 'error.unsupported',
  'engine-load': 'error.engineLoad',
  manifest: 'error.manifest',
  network: 'error.network',
  media: 'error.media',
  'playlist-stale': 'error.stale',
  'segment-skipped': 'error.network',
  // Refusals are never fatal: no panel shows them.
  'refused-url': 'error.manifest',
  'refused-data': 'error.manifest',
  'limit-exceeded': 'error.manifest',
  'untrusted-publisher': 'error.network',
};

/** The player's shadow DOM: the video surface, overlays (captions, product cards, spinner, errors) and the control bar. */
export function renderPlayer(view: PlayerView): TemplateResult {
  const { t, on } = view;
  const paused = view.state !== 'playing' && view.state !== 'buffering';
  const muted = view.muted || view.volume === 0;
  const busy = view.state === 'loading' || view.state === 'buffering';
  const videoEvents = on.video;
  return html`
    <div
      part="base"
      class="base"
      role="region"
      lang=${view.locale}
      dir=${view.dir}
      aria-label=${view.title ? t('player.region', { title: view.title }) : t('player.regionUntitled')}
      @keydown=${on.keydown}
      @pointerdown=${on.interact}
      @focusin=${on.interact}
    >
      <video
        part="video"
        playsinline
        poster=${view.poster || nothing}
        @playing=${videoEvents}
        @pause=${videoEvents}
        @waiting=${videoEvents}
        @volumechange=${videoEvents}
        @timeupdate=${videoEvents}
        @enterpictureinpicture=${videoEvents}
        @leavepictureinpicture=${videoEvents}
      ></video>
      ${view.captions?.render() ?? nothing} ${view.commerce?.render() ?? nothing}
      <slot></slot>
      <div class="overlay">
        ${busy ? html`<div part="spinner" class="spinner" role="status"><span class="visually-hidden">${t(view.state === 'loading' ? 'player.loading' : 'player.buffering')}</span></div>` : nothing}
        ${view.state === 'idle' || view.state === 'paused'
          ? html`<button part="big-play-button" class="big-play" aria-label=${t('player.start')} @click=${on.play}>${icons.play}</button>`
          : nothing}
        ${view.state === 'error' && view.error ? renderError(view, view.error) : nothing}
      </div>
      ${view.forcedMute && view.muted
        ? html`<button part="unmute-button" class="unmute" @click=${on.unmute}>${icons.muted}${t('player.tapToUnmute')}</button>`
        : nothing}
      ${view.state === 'error'
        ? nothing
        : view.offline && view.state !== 'idle'
          ? html`<div part="notice" class="notice" role="status">${t('error.offline')}</div>`
          : view.stale
            ? html`<div part="notice" class="notice" role="status">${t('error.stale')}</div>`
            : nothing}
      ${view.engine === 'rtc' && (view.publisher === 'paused' || view.publisher === 'ended') && view.state !== 'error'
        ? html`<div part="notice" class="notice" role="status">${t(view.publisher === 'paused' ? 'rtc.paused' : 'rtc.ended')}</div>`
        : nothing}
      <div part="controls" class="controls" role="group" aria-label=${t('player.controls')}>
        <button part="play-button" aria-label=${t(paused ? 'player.play' : 'player.pause')} title=${t(paused ? 'player.play' : 'player.pause')} @click=${on.togglePlay}>
          ${paused ? icons.play : icons.pause}
        </button>
        <button part="mute-button" aria-label=${t(muted ? 'player.unmute' : 'player.mute')} title=${t(muted ? 'player.unmute' : 'player.mute')} @click=${on.toggleMute}>
          ${muted ? icons.muted : icons.volume}
        </button>
        <input part="volume" class="volume" type="range" min="0" max="1" step="0.05" aria-label=${t('player.volume')} .value=${String(muted ? 0 : view.volume)} @input=${on.volume} />
        ${renderLiveBadge(view)}
        ${view.engine === 'rtc' && view.bars !== null
          ? html`<span part="signal" class="signal" role="img" data-bars=${view.bars} aria-label=${t('player.signal', { bars: view.bars })} title=${t('player.signal', { bars: view.bars })}
              >${icons.signal}</span
            >`
          : nothing}
        <span class="spacer"></span>
        ${view.menus && view.levels.length > 1
          ? view.menus.quality.render({
              id: 'quality',
              label: t('player.quality'),
              icon: icons.quality,
              items: qualityItems(view.levels, view.selectedLevel, view.playingLevel, {
                auto: t('player.qualityAuto'),
                autoCurrent: (label) => t('player.qualityAutoCurrent', { label }),
              }),
              onPick: (item) => on.selectLevel(Number(item.value)),
            })
          : nothing}
        ${view.menus && view.captions?.languages.length
          ? view.menus.subtitles.render({
              id: 'subtitles',
              label: t('subtitles.menu'),
              icon: icons.subtitles,
              groups: view.captions.menuGroups({
                language: t('subtitles.language'),
                off: t('subtitles.off'),
                textSize: t('subtitles.textSize'),
                sizes: { small: t('subtitles.sizeSmall'), medium: t('subtitles.sizeMedium'), large: t('subtitles.sizeLarge') },
              }),
              onPick: (item) => view.captions!.pick(item),
            })
          : nothing}
        ${document.pictureInPictureEnabled
          ? html`<button part="pip-button" aria-pressed=${String(view.pip)} aria-label=${t('player.pip')} title=${t(view.pip ? 'player.exitPip' : 'player.pip')} @click=${on.togglePip}>${icons.pip}</button>`
          : nothing}
        ${document.fullscreenEnabled
          ? html`<button part="fullscreen-button" aria-pressed=${String(view.fullscreen)} aria-label=${t('player.fullscreen')} title=${t(view.fullscreen ? 'player.exitFullscreen' : 'player.fullscreen')} @click=${on.toggleFullscreen}>
              ${view.fullscreen ? icons.exitFullscreen : icons.fullscreen}
            </button>`
          : nothing}
      </div>
    </div>
  `;
}

function renderLiveBadge(view: PlayerView): TemplateResult {
  const { t, on } = view;
  if (view.behindLive) {
    return html`<button part="live-badge" class="live" data-behind @click=${on.play}>${t('player.backToLive')}</button>`;
  }
  return html`<span part="live-badge" class="live" role="status">${t('player.live')}</span>`;
}

function renderError(view: PlayerView, error: PlayerErrorDetail): TemplateResult {
  const { t, on } = view;
  return html`<div part="error-panel" class="error" role="alert">
    <p>${t(ERROR_MESSAGES[error.code])}</p>
    ${error.code === 'invalid-src' || error.code === 'unsafe-src' || error.code === 'unsupported'
      ? nothing
      : html`<button part="retry-button" @click=${on.retry}>${t('player.retry')}</button>`}
  </div>`;
}
