import type { AssistantMessageKey } from '../assistant/widget/messages/en.js';
import type { CommerceMessageKey } from '../commerce/messages/en.js';
import type { ScheduleMessageKey } from '../schedule/messages/en.js';
import type { SizeMessageKey } from '../size/widget/messages/en.js';
import type { ReturnsMessageKey } from '../returns/messages/en.js';
import type { DetailsMessageKey } from '../details/messages/en.js';

/**
 * English strings: built in, and the reference every other catalog is typed against.
 * Placeholders are `{name}`; values are plain text (never HTML).
 */
export const en = {
  'player.play': 'Play',
  'player.pause': 'Pause',
  'player.mute': 'Mute',
  'player.unmute': 'Unmute',
  'player.tapToUnmute': 'Tap to unmute',
  'player.volume': 'Volume',
  'player.live': 'Live',
  'player.backToLive': 'Back to live',
  'player.quality': 'Quality',
  'player.qualityAuto': 'Auto',
  'player.qualityAutoCurrent': 'Auto ({label})',
  'player.pip': 'Picture in picture',
  'player.exitPip': 'Exit picture in picture',
  'player.fullscreen': 'Full screen',
  'player.exitFullscreen': 'Exit full screen',
  'player.loading': 'Loading the live stream…',
  'player.buffering': 'Buffering…',
  'player.retry': 'Try again',
  'player.controls': 'Player controls',
  'player.region': 'Live stream: {title}',
  'player.regionUntitled': 'Live stream',
  'player.start': 'Start the live stream',
  'player.signal': 'Connection: {bars} of 4 bars',
  'rtc.paused': 'The seller paused the stream.',
  'rtc.ended': 'The live show has ended.',
  'subtitles.menu': 'Subtitles',
  'subtitles.language': 'Language',
  'subtitles.off': 'Off',
  'subtitles.textSize': 'Text size',
  'subtitles.sizeSmall': 'Small',
  'subtitles.sizeMedium': 'Medium',
  'subtitles.sizeLarge': 'Large',
  'player.seek': 'Playback position',
  'player.seekValue': '{elapsed} of {total}',
  'player.speed': 'Playback speed',
  'player.speedNormal': 'Normal',
  'replay.chapters': 'Products in this show',
  'replay.chapter': '{title}, at {time}',
  'replay.watch': 'Watch the replay',
  'replay.share': 'Share this moment',
  'replay.copied': 'Link copied',
  'replay.copyFailed': 'Could not copy the link',
  'error.invalidSrc': 'This live stream has no valid address.',
  'error.unsafeSrc': 'This live stream address is not allowed.',
  'error.unsupported': 'This browser cannot play the live stream.',
  'error.network': 'The live stream could not be reached. Check your connection and try again.',
  'error.media': 'The live stream could not be decoded.',
  'error.manifest': 'The live stream address does not point to a valid stream.',
  'error.stale': 'The live stream paused. It will continue by itself.',
  'error.offline': 'You are offline. The stream continues when the connection is back.',
  'error.engineLoad': 'The video player could not be loaded.',
  'subtitles.style': 'Caption style',
  'subtitles.back': 'Back',
  'subtitles.sizeExtraLarge': 'Extra large',
  'subtitles.textColor': 'Text colour',
  'subtitles.colorWhite': 'White',
  'subtitles.colorYellow': 'Yellow',
  'subtitles.colorCyan': 'Cyan',
  'subtitles.colorGreen': 'Green',
  'subtitles.background': 'Background',
  'subtitles.backgroundNone': 'None',
  'subtitles.backgroundTranslucent': 'Translucent',
  'subtitles.backgroundSolid': 'Solid',
  'subtitles.position': 'Position',
  'subtitles.positionBottom': 'Bottom',
  'subtitles.positionTop': 'Top',
  'player.closeMini': 'Close the mini player',
} as const;

export type CoreMessageKey = keyof typeof en;
/** The core catalog shape every locale file satisfies. */
export type Catalog = Record<CoreMessageKey, string>;

/** Every key of every namespace. Types only: naming a capability here adds none of its strings to this chunk. */
export type MessageKey = CoreMessageKey | CommerceMessageKey | SizeMessageKey | ReturnsMessageKey | DetailsMessageKey | AssistantMessageKey | ScheduleMessageKey;
