// Registers <shoplive-schedule>. The npm entry `shoplive/schedule` and the script-tag loader import this file.
import { define } from '../internal/define.js';
import { TAGS } from '../internal/constants.js';
import { ShopliveSchedule } from './schedule.component.js';

export { ShopliveSchedule } from './schedule.component.js';
export { SCHEDULE_EVENTS, type RemindMeDetail, type ShowLiveDetail } from './events.js';
export { parseSchedule, showStatus, SCHEDULE_LIMITS, type ScheduledShow, type ShowStatus } from './show-data.js';
export { showToIcs, calendarLinks } from './ics.js';

define(TAGS.schedule, ShopliveSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'shoplive-schedule': ShopliveSchedule;
  }
}
