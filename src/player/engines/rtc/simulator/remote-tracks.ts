import type { RtcRemoteTrack, RtcRemoteVideoTrack } from '../agora-client.js';
import type { SimulatedCamera } from './media.js';

/** What a subscription returns: a copy of the publisher's track, as the SDK hands out its own received track. */
export class SimulatedRemoteTrack implements RtcRemoteTrack {
  stopped = false;
  playedIn: string | HTMLElement | undefined;
  constructor(protected readonly track: MediaStreamTrack) {}
  getMediaStreamTrack(): MediaStreamTrack {
    return this.track;
  }
  play(element?: string | HTMLElement): void {
    this.playedIn = element;
  }
  stop(): void {
    this.stopped = true;
  }
}

export class SimulatedRemoteVideoTrack extends SimulatedRemoteTrack implements RtcRemoteVideoTrack {
  constructor(private readonly camera: SimulatedCamera) {
    super(camera.stream.getVideoTracks()[0]!.clone());
  }
  getStats() {
    return { receiveBitrate: 800_000, receiveResolutionWidth: this.camera.canvas.width, receiveResolutionHeight: this.camera.canvas.height };
  }
  /** The SDK ends the received track when the subscription ends. */
  end(): void {
    this.track.stop();
  }
}
