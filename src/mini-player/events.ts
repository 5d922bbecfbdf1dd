export interface MiniPlayerDetail {
  /** The player now floats (true) or is back in the page (false). */
  open: boolean;
  /** `scroll`: it left or came back into view; `close`: the shopper closed it; `pip`: the whole player moved into a
   * picture-in-picture window (`open: true`) or came back from it. */
  reason: 'scroll' | 'close' | 'pip';
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-mini-player': CustomEvent<MiniPlayerDetail>;
  }
}
