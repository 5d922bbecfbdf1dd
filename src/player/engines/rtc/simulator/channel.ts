import type { RtcUid } from '../../engine.js';
import type { RtcClientFactory } from '../agora-client.js';
import { SimulatedRtcClient } from './client.js';
import { SimulatedCamera, SimulatedMicrophone } from './media.js';
import { DEFAULT_OPTIONS, SimulatedPublisher, type SimulatedAgoraOptions, type SimulatedServer } from './server.js';

/** A channel: publishers, and the audience clients that joined it. Drive it from tests. */
export class SimulatedAgora implements SimulatedServer {
  readonly clients: SimulatedRtcClient[] = [];
  readonly publishers = new Map<string, SimulatedPublisher>();
  readonly options: Required<SimulatedAgoraOptions>;

  constructor(options: SimulatedAgoraOptions = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  readonly factory: RtcClientFactory = ({ codec }) => {
    const client = new SimulatedRtcClient(this, codec);
    this.clients.push(client);
    return client;
  };

  get client(): SimulatedRtcClient {
    const client = this.clients.at(-1);
    if (!client) throw new Error('no client was created');
    return client;
  }

  /** A host publishes (or adds) video and/or audio. */
  publish(uid: RtcUid, media: { video?: boolean; audio?: boolean } = { video: true, audio: true }): void {
    const key = String(uid);
    let publisher = this.publishers.get(key);
    if (!publisher) this.publishers.set(key, (publisher = new SimulatedPublisher(uid)));
    if (media.video && !publisher.camera) publisher.camera = new SimulatedCamera((this.publishers.size * 97) % 360);
    if (media.audio && !publisher.microphone) publisher.microphone = new SimulatedMicrophone();
    for (const client of this.clients) client.serverPublished(publisher, media);
  }

  unpublish(uid: RtcUid, mediaType: 'audio' | 'video'): void {
    const publisher = this.publishers.get(String(uid));
    if (!publisher) return;
    for (const client of this.clients) client.serverUnpublished(publisher, mediaType);
    if (mediaType === 'video') {
      publisher.camera?.stop();
      publisher.camera = undefined;
    } else {
      publisher.microphone?.stop();
      publisher.microphone = undefined;
    }
  }

  /** A host leaves: `Quit`, `ServerTimeOut` (dropped) or `BecomeAudience`. */
  leave(uid: RtcUid, reason = 'Quit'): void {
    const publisher = this.publishers.get(String(uid));
    if (!publisher) return;
    this.publishers.delete(String(uid));
    for (const client of this.clients) client.serverUserLeft(publisher, reason);
    publisher.camera?.stop();
    publisher.microphone?.stop();
  }

  /** Releases every canvas, oscillator and timer. */
  close(): void {
    for (const client of this.clients) client.dispose();
    for (const uid of [...this.publishers.keys()]) this.leave(uid);
  }
}
