// The player's event details are declared with every other event in src/internal/events.ts; re-exported here.
export type {
  EngineChangeDetail,
  FirstFrameDetail,
  NetworkQualityDetail,
  PublisherDetail,
  QoeDetail,
  QualityChangeDetail,
  ReadyDetail,
  StallDetail,
} from '../internal/events.js';

export type PlayerState = 'idle' | 'loading' | 'paused' | 'playing' | 'buffering' | 'error';
