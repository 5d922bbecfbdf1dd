/** The replay's events (declared with every other in src/internal/events.ts; docs/replay.md). */
export { EVENTS as REPLAY_EVENTS, type ShareDetail } from '../internal/events.js';
