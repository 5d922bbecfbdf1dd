/**
 * What the controls (and the keyboard shortcuts) ask of the player. Requests go up to the session, which applies them
 * to the media and the engine; the confirmed result comes back down in the next snapshot, as in media-chrome.
 */
export type PlayerRequest =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle-play' }
  /** -1: automatic (ABR). */
  | { type: 'level'; index: number }
  | { type: 'volume'; volume: number }
  | { type: 'toggle-mute' }
  | { type: 'unmute' }
  | { type: 'seek-to-live' }
  /** Media time in seconds, clamped to the seekable range (recordings, shows in progress). */
  | { type: 'seek'; time: number }
  /** Playback speed (0.25-4). */
  | { type: 'rate'; rate: number }
  | { type: 'retry' }
  | { type: 'toggle-pip' }
  | { type: 'toggle-fullscreen' };

export type RequestPlayer = (request: PlayerRequest) => void;

const TEXT_INPUTS = /^(text|search|email|url|tel|password|number)$/;

/** Player-wide shortcuts, as in most web players: k/space play-pause, m mute, f full screen. */
export function shortcutRequest(event: KeyboardEvent): PlayerRequest | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.composedPath()[0] as HTMLElement;
  // Letters typed in a text box (the assistant's question) are text: "m" in "made" mutes nothing.
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TEXT_INPUTS.test(target.type))) return null;
  // Space on a button or slider is that control's own key.
  const onControl = target instanceof HTMLButtonElement || target instanceof HTMLInputElement || target.getAttribute?.('role') === 'menuitemradio';
  switch (event.key.toLowerCase()) {
    case 'k':
      return { type: 'toggle-play' };
    case ' ':
      return onControl ? null : { type: 'toggle-play' };
    case 'm':
      return { type: 'toggle-mute' };
    case 'f':
      return { type: 'toggle-fullscreen' };
    default:
      return null;
  }
}
