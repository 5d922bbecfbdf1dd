import { define } from '../internal/define.js';
import { TAGS } from '../internal/constants.js';
import { ShoplivePlayer } from './player.js';

export { ShoplivePlayer } from './player.js';
export type { FirstFrameDetail, PlayerState, QualityChangeDetail, ReadyDetail, StallDetail } from './player.js';
export type { EngineKind, PlayerErrorCode, PlayerErrorDetail, QualityLevel } from './engines/engine.js';
export type { PlayerMetricsSnapshot } from './metrics.js';

define(TAGS.player, ShoplivePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-player': ShoplivePlayer;
  }
}
