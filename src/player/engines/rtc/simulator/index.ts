// A simulated Agora channel and audience client (`shoplive/rtc-simulator`), for the demo, for tests, and for integrators
// who want to build their page's real-time UI without an Agora project. They behave like agora-rtc-sdk-ng 4.x where
// the RTC engine can tell:
// async join resolving with a uid (or failing, or hanging like the real SDK when no gateway answers), connection
// states with reasons, `user-published` for publishers already in the channel after join, subscribe only to what is
// published (remoteUsers / hasVideo / hasAudio / videoTrack), automatic unsubscribe on unpublish, network-quality
// every 2 s, token events on demand, data-stream messages. Remote video is a real canvas.captureStream() that changes
// every frame (high stream 640x360, low stream 320x180); remote audio is a WebAudio oscillator.
//
// - channel.ts: the channel tests and the demo drive (publish, unpublish, leave);
// - client.ts: the audience client the engine talks to;
// - server.ts: what the channel and its clients share (options, publishers);
// - media.ts, remote-tracks.ts: the seller's camera and microphone, and the tracks a subscription returns.
export { SimulatedAgora } from './channel.js';
export { SimulatedRtcClient, type RecordedCall } from './client.js';
export type { SimulatedAgoraOptions } from './server.js';
