/** The schedule's events (declared with every other in src/internal/events.ts; docs/schedule.md). */
export { EVENTS as SCHEDULE_EVENTS, type RemindMeDetail, type ShowLiveDetail } from '../internal/events.js';
