import type { EngineChangeReason, EngineKind, PlayerErrorDetail, PublisherState, QualityLevel } from './engines/engine.js';

export type PlayerState = 'idle' | 'loading' | 'paused' | 'playing' | 'buffering' | 'error';

export interface FirstFrameDetail {
  /** Milliseconds from the player starting (near the viewport, a gesture, or eager) to the first decoded frame. */
  ttffMs: number;
  engine: EngineKind;
  level: QualityLevel | null;
}
export interface ReadyDetail {
  engine: EngineKind;
  levels: QualityLevel[];
}
export interface StallDetail {
  position: number;
  stalls: number;
}
export interface QualityChangeDetail {
  level: QualityLevel;
  auto: boolean;
}
export interface EngineChangeDetail {
  from: EngineKind;
  to: EngineKind;
  reason: EngineChangeReason;
}
export interface NetworkQualityDetail {
  /** Agora's scale: 0 unknown, 1 excellent, 2 good, 3 poor, 4 bad, 5 very bad, 6 down. */
  uplink: number;
  downlink: number;
}
export interface PublisherDetail {
  state: PublisherState;
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-ready': CustomEvent<ReadyDetail>;
    'shoplive-first-frame': CustomEvent<FirstFrameDetail>;
    'shoplive-stall': CustomEvent<StallDetail>;
    'shoplive-quality-change': CustomEvent<QualityChangeDetail>;
    'shoplive-error': CustomEvent<PlayerErrorDetail>;
    'shoplive-engine-change': CustomEvent<EngineChangeDetail>;
    'shoplive-network-quality': CustomEvent<NetworkQualityDetail>;
    'shoplive-publisher': CustomEvent<PublisherDetail>;
  }
}
