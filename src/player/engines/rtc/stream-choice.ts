import type { RtcStreamType } from './agora-client.js';

export const HIGH_STREAM: RtcStreamType = 0;
export const LOW_STREAM: RtcStreamType = 1;
/** Agora downlink quality at and above which we ask for the low stream (4 poor, 5 bad, 6 down). */
const POOR_DOWNLINK = 4;
/** Downlink quality at or below which the link counts as good again (1 excellent, 2 good). */
const GOOD_DOWNLINK = 2;
/** Consecutive good reports (Agora reports every 2 s) before going back to the high stream. */
const GOOD_REPORTS_FOR_HIGH = 3;

/**
 * Which of the seller's two streams to receive: the low one on a poor downlink, the high one again after three good
 * reports in a row. A stream the shopper pinned (`setLevel(0|1)`) wins over both.
 */
export class StreamChoice {
  private auto: RtcStreamType = HIGH_STREAM;
  private pinned: RtcStreamType | null = null;
  private goodReports = 0;

  /** The stream wanted now. */
  get current(): RtcStreamType {
    return this.pinned ?? this.auto;
  }

  get isAuto(): boolean {
    return this.pinned === null;
  }

  /** A network-quality report: the stream to ask for when the wanted one changed, else null. */
  report(downlink: number): RtcStreamType | null {
    const before = this.current;
    if (downlink >= POOR_DOWNLINK) {
      this.goodReports = 0;
      this.auto = LOW_STREAM;
    } else if (downlink > 0 && downlink <= GOOD_DOWNLINK && this.auto === LOW_STREAM) {
      if (++this.goodReports >= GOOD_REPORTS_FOR_HIGH) {
        this.goodReports = 0;
        this.auto = HIGH_STREAM;
      }
    } else {
      this.goodReports = 0;
    }
    return this.current === before ? null : this.current;
  }

  /** -1: automatic; 0: the high stream; 1: the low stream. Returns the stream wanted now. */
  pin(index: number): RtcStreamType {
    this.pinned = index === 0 ? HIGH_STREAM : index === 1 ? LOW_STREAM : null;
    return this.current;
  }
}
