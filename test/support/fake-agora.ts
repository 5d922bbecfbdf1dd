// The simulated Agora channel ships with the SDK (src/player/engines/rtc/simulator/); tests use it under the
// names they always had, plus a network recorder that proves nothing leaves the machine.
export {
  SimulatedAgora as FakeAgora,
  SimulatedRtcClient as FakeRtcClient,
  type SimulatedAgoraOptions as FakeAgoraOptions,
  type RecordedCall,
} from '../../src/player/engines/rtc/simulator/index.js';

// ---- network guard: what the page asked of the network, to prove nothing leaves the machine ----

export interface RequestRecord {
  kind: 'resource' | 'websocket' | 'peerconnection' | 'beacon';
  url: string;
  /** For resources: true when a response arrived (status, bytes or a first byte). */
  answered: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'blob:' || protocol === 'data:' || LOOPBACK.has(hostname);
  } catch {
    return false;
  }
}

/**
 * Records every resource fetch (fetch, XHR, scripts, media: through Resource Timing, which lists failed requests
 * too), every WebSocket, every RTCPeerConnection's ICE servers and every beacon the page makes from now on.
 */
export function recordNetwork(): { records: RequestRecord[]; stop(): void } {
  const records: RequestRecord[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      const answered = entry.responseStart > 0 || entry.transferSize > 0 || (entry.responseStatus ?? 0) > 0;
      records.push({ kind: 'resource', url: entry.name, answered });
    }
  });
  observer.observe({ type: 'resource', buffered: false });
  const scope = globalThis as unknown as Record<string, unknown>;
  const originals = { WebSocket: scope.WebSocket, RTCPeerConnection: scope.RTCPeerConnection, sendBeacon: navigator.sendBeacon };
  const NativeWebSocket = WebSocket;
  scope.WebSocket = new Proxy(NativeWebSocket, {
    construct(target, args: [string | URL, (string | string[])?]) {
      records.push({ kind: 'websocket', url: String(args[0]), answered: false });
      return new target(...args);
    },
  });
  const NativePeerConnection = RTCPeerConnection;
  scope.RTCPeerConnection = new Proxy(NativePeerConnection, {
    construct(target, args: [RTCConfiguration?]) {
      for (const server of args[0]?.iceServers ?? []) {
        for (const url of [server.urls].flat()) records.push({ kind: 'peerconnection', url, answered: false });
      }
      return new target(...args);
    },
  });
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    records.push({ kind: 'beacon', url: String(url), answered: false });
    return originals.sendBeacon.call(navigator, url, data);
  };
  return {
    records,
    stop() {
      for (const entry of observer.takeRecords() as PerformanceResourceTiming[]) {
        records.push({ kind: 'resource', url: entry.name, answered: entry.responseStart > 0 || entry.transferSize > 0 });
      }
      observer.disconnect();
      scope.WebSocket = originals.WebSocket;
      scope.RTCPeerConnection = originals.RTCPeerConnection;
      navigator.sendBeacon = originals.sendBeacon;
    },
  };
}
