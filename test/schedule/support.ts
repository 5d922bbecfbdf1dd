import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/schedule/schedule.js';
import type { ShopliveSchedule } from '../../src/schedule/schedule.component.js';
import { waitFor } from '../support/dom.js';

/** The page's time zone, as a shopper there has it (DevTools emulation); `''` restores the machine's. */
export function setTimeZone(timezoneId: string): Promise<unknown> {
  return executeServerCommand('timezone', { timezoneId });
}

export const showItem = (schedule: ShopliveSchedule, id: string) => schedule.shadowRoot!.querySelector<HTMLElement>(`[data-show="${id}"]`);

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for a listed show (the schedule loaded and rendered in its language). */
export function shownItem(schedule: ShopliveSchedule, id: string, what = `show ${id}`): Promise<HTMLElement> {
  return waitFor(() => showItem(schedule, id), what);
}

/** A show `startInMs` from now, lasting an hour unless `endInMs` says otherwise. */
export function showIn(id: string, startInMs: number, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return { id, title: `Show ${id}`, start: new Date(now + startInMs).toISOString(), end: new Date(now + (typeof extra.endInMs === 'number' ? extra.endInMs : startInMs + 3600_000)).toISOString(), ...extra };
}
