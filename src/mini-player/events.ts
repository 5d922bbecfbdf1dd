export interface MiniPlayerDetail {
  /** The player now floats (true) or is back in the page (false). */
  open: boolean;
  /** `scroll`: it left or came back into view; `close`: the shopper closed it; `pip`: it moved into picture in picture. */
  reason: 'scroll' | 'close' | 'pip';
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-mini-player': CustomEvent<MiniPlayerDetail>;
  }
}
