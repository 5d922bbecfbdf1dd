/** The replay's events (docs/replay.md). */
export const REPLAY_EVENTS = {
  /** "Share this moment" copied a link. */
  share: 'shoplive-share',
} as const;

export interface ShareDetail {
  /** The link copied (the host's `share-url` template filled in, or the page's address with `#shoplive-t=`). */
  url: string;
  /** Seconds of the recording. */
  position: number;
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-share': CustomEvent<ShareDetail>;
  }
}
