// The mini-player's event is declared with every other in src/internal/events.ts.
export type { MiniPlayerDetail } from '../internal/events.js';
