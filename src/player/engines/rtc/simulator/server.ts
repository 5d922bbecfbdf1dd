import type { RtcUid } from '../../engine.js';
import type { SimulatedCamera, SimulatedMicrophone } from './media.js';

export interface SimulatedAgoraOptions {
  /** Join round trip. */
  joinDelayMs?: number;
  /** Join rejects with this Agora error code (e.g. CAN_NOT_GET_GATEWAY_SERVER, INVALID_TOKEN). */
  joinError?: string;
  /** Join never settles until leave(), like the real SDK retrying an unreachable gateway. */
  joinHangs?: boolean;
  /** The uid Agora assigns when the client joins without one. */
  assignedUid?: number;
  /** network-quality cadence; 0 disables the timer (emit on demand with `networkQuality`). */
  networkQualityIntervalMs?: number;
  /** Subscribe round trip. */
  subscribeDelayMs?: number;
}

export const DEFAULT_OPTIONS: Required<SimulatedAgoraOptions> = {
  joinDelayMs: 40,
  joinError: '',
  joinHangs: false,
  assignedUid: 90_001,
  networkQualityIntervalMs: 2000,
  subscribeDelayMs: 20,
};

/** One publisher in the channel, as the server sees it. */
export class SimulatedPublisher {
  camera?: SimulatedCamera;
  microphone?: SimulatedMicrophone;
  constructor(readonly uid: RtcUid) {}
}

/** What a client reads of its channel: the channel's behaviour and who publishes in it. */
export interface SimulatedServer {
  readonly options: Required<SimulatedAgoraOptions>;
  readonly publishers: ReadonlyMap<string, SimulatedPublisher>;
}
