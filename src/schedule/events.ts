/** The schedule's events (docs/schedule.md); each bubbles and is composed. */
export const SCHEDULE_EVENTS = {
  /** "Remind me": the host sends its own reminder (email, SMS, web push); the SDK stores nothing. */
  remindMe: 'shoplive-remind-me',
  /** A listed show went live (and a `player` named by the schedule was given its stream). */
  showLive: 'shoplive-show-live',
} as const;

export interface RemindMeDetail {
  showId: string;
}

export interface ShowLiveDetail {
  showId: string;
  streamUrl: string;
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-remind-me': CustomEvent<RemindMeDetail>;
    'shoplive-show-live': CustomEvent<ShowLiveDetail>;
  }
}
