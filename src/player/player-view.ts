import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/translate.js';
import { icons } from './controls/icons.js';
import type { MenuController } from './controls/menu.js';
import { qualityItems } from './controls/quality-menu.js';
import type { RecordingControls } from './controls/lazy-menu.js';
import type { SeekMark } from './controls/seek-bar.js';
import { seekable, speedAdjustable } from './controls/seekable.js';
import type { PlayerErrorCode, PlayerErrorDetail } from './engines/engine.js';
import type { MediaSnapshot } from './session/media-snapshot.js';
import { shortcutRequest, type RequestPlayer } from './session/player-request.js';

/** Everything the player's template shows, and where its controls send requests: state down, requests up. */
export interface PlayerView {
  t: (key: MessageKey, params?: MessageParams) => string;
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Already checked: an http(s) URL or ''. */
  poster: string;
  media: MediaSnapshot;
  /** What the player's features draw over the video, and add to the control bar. */
  overlays: unknown[];
  featureControls: unknown[];
  qualityMenu: MenuController | undefined;
  /** Seek bar and speed menu, loaded once the stream is a recording or a show in progress. */
  recording?: RecordingControls | undefined;
  /** Marks on the seek bar (product chapters), from the features. */
  seekMarks?: readonly SeekMark[];
  request: RequestPlayer;
  /** A first interaction (pointer, focus) starts a lazy player at once. */
  interact: () => void;
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
  const { t, media, request } = view;
  const paused = media.state !== 'playing' && media.state !== 'buffering';
  const muted = media.muted || media.volume === 0;
  const busy = media.state === 'loading' || media.state === 'buffering';
  const onKeydown = (event: KeyboardEvent) => {
    const shortcut = shortcutRequest(event);
    if (!shortcut) return;
    event.preventDefault();
    request(shortcut);
  };
  return html`
    <div
      part="base"
      class="base"
      role="region"
      lang=${view.locale}
      dir=${view.dir}
      aria-label=${view.title ? t('player.region', { title: view.title }) : t('player.regionUntitled')}
      @keydown=${onKeydown}
      @pointerdown=${view.interact}
      @focusin=${view.interact}
    >
      <video part="video" playsinline poster=${view.poster || nothing}></video>
      ${view.overlays}
      <slot></slot>
      <div class="overlay">
        ${busy ? html`<div part="spinner" class="spinner" role="status"><span class="visually-hidden">${t(media.state === 'loading' ? 'player.loading' : 'player.buffering')}</span></div>` : nothing}
        ${media.state === 'idle' || media.state === 'paused'
          ? html`<button part="big-play-button" class="big-play" aria-label=${t('player.start')} @click=${() => request({ type: 'play' })}>${icons.play}</button>`
          : nothing}
        ${media.state === 'error' && media.error ? renderError(view, media.error) : nothing}
      </div>
      <div class="region-top-start" data-region="top">${media.forcedMute && media.muted
        ? html`<button part="unmute-button" class="unmute" @click=${() => request({ type: 'unmute' })}>${icons.muted}${t('player.tapToUnmute')}</button>`
        : nothing}${renderNotice(view)}</div>
      <div part="controls" class="controls" role="group" aria-label=${t('player.controls')}>
        ${view.recording && seekable(media) ? view.recording.renderSeekBar({ t, locale: view.locale, dir: view.dir, media, marks: view.seekMarks ?? [], request }) : nothing}
        <button part="play-button" aria-label=${t(paused ? 'player.play' : 'player.pause')} title=${t(paused ? 'player.play' : 'player.pause')} @click=${() => request({ type: 'toggle-play' })}>
          ${paused ? icons.play : icons.pause}
        </button>
        <button part="mute-button" aria-label=${t(muted ? 'player.unmute' : 'player.mute')} title=${t(muted ? 'player.unmute' : 'player.mute')} @click=${() => request({ type: 'toggle-mute' })}>
          ${muted ? icons.muted : icons.volume}
        </button>
        <input
          part="volume"
          class="volume"
          type="range"
          min="0"
          max="1"
          step="0.05"
          aria-label=${t('player.volume')}
          .value=${String(muted ? 0 : media.volume)}
          @input=${(event: Event) => request({ type: 'volume', volume: Number((event.target as HTMLInputElement).value) })}
        />
        ${media.timeline === 'vod' ? nothing : renderLiveBadge(view)}
        ${media.engine === 'rtc' && media.signal !== null
          ? html`<span part="signal" class="signal" role="img" data-bars=${media.signal} aria-label=${t('player.signal', { bars: media.signal })} title=${t('player.signal', { bars: media.signal })}
              >${icons.signal}</span
            >`
          : nothing}
        <span class="spacer"></span>
        ${view.qualityMenu && media.levels.length > 1
          ? view.qualityMenu.render({
              id: 'quality',
              label: t('player.quality'),
              icon: icons.quality,
              items: qualityItems(media.levels, media.selectedLevel, media.playingLevel, {
                auto: t('player.qualityAuto'),
                autoCurrent: (label) => t('player.qualityAutoCurrent', { label }),
              }),
              onPick: (item) => request({ type: 'level', index: Number(item.value) }),
            })
          : nothing}
        ${view.recording && speedAdjustable(media)
          ? view.recording.speedMenu.render({
              id: 'speed',
              label: t('player.speed'),
              icon: icons.speed,
              items: view.recording.speedItems(media.rate, view.locale, t('player.speedNormal')),
              onPick: (item) => request({ type: 'rate', rate: Number(item.value) }),
            })
          : nothing}
        ${view.featureControls}
        ${document.pictureInPictureEnabled
          ? html`<button part="pip-button" aria-pressed=${String(media.pip)} aria-label=${t('player.pip')} title=${t(media.pip ? 'player.exitPip' : 'player.pip')} @click=${() => request({ type: 'toggle-pip' })}>${icons.pip}</button>`
          : nothing}
        ${document.fullscreenEnabled
          ? html`<button part="fullscreen-button" aria-pressed=${String(media.fullscreen)} aria-label=${t('player.fullscreen')} title=${t(media.fullscreen ? 'player.exitFullscreen' : 'player.fullscreen')} @click=${() => request({ type: 'toggle-fullscreen' })}>
              ${media.fullscreen ? icons.exitFullscreen : icons.fullscreen}
            </button>`
          : nothing}
      </div>
    </div>
  `;
}

/** One status line at a time: offline, then a stalled playlist, then the seller's real-time state. */
function renderNotice({ t, media }: PlayerView): TemplateResult | typeof nothing {
  if (media.state === 'error') return nothing;
  const key =
    media.offline && media.state !== 'idle'
      ? 'error.offline'
      : media.stale
        ? 'error.stale'
        : media.engine === 'rtc' && (media.publisher === 'paused' || media.publisher === 'ended')
          ? media.publisher === 'paused'
            ? 'rtc.paused'
            : 'rtc.ended'
          : null;
  return key ? html`<div part="notice" class="notice" role="status">${t(key)}</div>` : nothing;
}

function renderLiveBadge({ t, media, request }: PlayerView): TemplateResult {
  if (media.behindLive) {
    return html`<button part="live-badge" class="live" data-behind @click=${() => request({ type: 'play' })}>${t('player.backToLive')}</button>`;
  }
  return html`<span part="live-badge" class="live" role="status">${t('player.live')}</span>`;
}

function renderError({ t, request }: PlayerView, error: PlayerErrorDetail): TemplateResult {
  return html`<div part="error-panel" class="error" role="alert">
    <p>${t(ERROR_MESSAGES[error.code])}</p>
    ${error.code === 'invalid-src' || error.code === 'unsafe-src' || error.code === 'unsupported'
      ? nothing
      : html`<button part="retry-button" @click=${() => request({ type: 'retry' })}>${t('player.retry')}</button>`}
  </div>`;
}
