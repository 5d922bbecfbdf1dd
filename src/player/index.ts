import { define } from '../internal/define.js';
import { TAGS } from '../internal/constants.js';
import { ShoplivePlayer } from './player.js';

export { ShoplivePlayer } from './player.js';
export type {
  EngineChangeDetail,
  FirstFrameDetail,
  NetworkQualityDetail,
  PlayerState,
  PublisherDetail,
  QualityChangeDetail,
  ReadyDetail,
  StallDetail,
} from './player-events.js';
export type { EngineKind, PlayerErrorCode, PlayerErrorDetail, QualityLevel } from './engines/engine.js';
export type { PlayerMetricsSnapshot } from './metrics.js';

define(TAGS.player, ShoplivePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-player': ShoplivePlayer;
  }
}
