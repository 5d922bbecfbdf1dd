import type { EngineFactory, EngineHost, EngineKind } from './engine.js';
import type { StartRace, StartRaceOptions } from './start-race.js';

export { preferredEngine } from './support.js';

/** Each engine is its own lazily loaded chunk; the player pays for the one it uses, when it uses it. */
export async function loadEngine(kind: EngineKind): Promise<EngineFactory> {
  switch (kind) {
    case 'hls':
      return (await import('./hls-engine.js')).createHlsEngine;
    case 'native':
      return (await import('./native-engine.js')).createNativeEngine;
    case 'rtc':
      throw new Error('the rtc engine needs Agora configuration; it is not chosen by loadEngine');
  }
}

/**
 * The RTC/HLS start race, with the RTC engine, is its own small chunk, loaded only by players with Agora
 * configuration; the Agora SDK is a further chunk that the race loads only when it tries RTC. The race gets the HLS
 * engines from here: it never imports this module.
 */
export async function loadStartRace(): Promise<(host: EngineHost, options: Omit<StartRaceOptions, 'loadHlsEngine'>) => StartRace> {
  const { createStartRace } = await import('./start-race.js');
  return (host, options) => createStartRace(host, { ...options, loadHlsEngine: loadEngine });
}

/** The race and the code that reads the Agora attributes, loaded together (neither is in the player's first chunk). */
export async function loadRealTime() {
  const [createStartRace, config] = await Promise.all([loadStartRace(), import('./rtc/config.js')]);
  return { createStartRace, rtcConfigFrom: config.rtcConfigFrom, parseTimeout: config.parseTimeout };
}
