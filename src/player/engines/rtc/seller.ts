import type { RefusalLog } from '../../../internal/refusals.js';
import { cleanText } from '../../../internal/text.js';
import type { RtcUid } from '../engine.js';
import type { RtcRemoteUser } from './agora-client.js';

export const sameUid = (a: RtcUid | null | undefined, b: RtcUid | null | undefined) => a != null && b != null && String(a) === String(b);

/**
 * Who reaches the shopper (docs/rtc.md, "Who is trusted"): video and audio only from the seller, `agora-host-uid`, or
 * without it the first user to publish video, locked onto for the session; data messages from the seller and the
 * `agora-data-uids`. Everyone else is refused, reported once per uid.
 */
export class SellerLock {
  private locked: RtcUid | null = null;

  constructor(
    private readonly config: { hostUid?: RtcUid | null; dataUids?: readonly RtcUid[] },
    private readonly refusals: RefusalLog,
  ) {}

  /** The publisher being watched; null before the seller published video. */
  get watched(): RtcUid | null {
    return this.locked;
  }

  /** `agora-host-uid`, else the publisher we locked onto; null before anyone published video. */
  get seller(): RtcUid | null {
    return this.config.hostUid ?? this.locked;
  }

  isWatched(uid: RtcUid): boolean {
    return sameUid(uid, this.locked);
  }

  /** `uid` published `mediaType`: true when it is the seller's to watch. Locks onto the seller when first seen. */
  admit(uid: RtcUid, mediaType: 'audio' | 'video', channel: readonly RtcRemoteUser[]): boolean {
    if (this.locked == null) {
      const wanted = this.config.hostUid;
      if (wanted != null ? sameUid(uid, wanted) : mediaType === 'video') {
        this.locked = uid;
        // Whoever published before the seller was known is now known not to be the seller.
        for (const other of channel) if (!sameUid(other.uid, uid) && (other.hasVideo || other.hasAudio)) this.refuse(other.uid, 'media');
      }
    }
    if (sameUid(uid, this.locked)) return true;
    if (this.seller != null) this.refuse(uid, mediaType);
    return false;
  }

  /** Data messages are read from the seller and the `agora-data-uids` only. */
  trustsData(uid: RtcUid): boolean {
    const seller = this.seller;
    const trusted = (seller != null && sameUid(uid, seller)) || (this.config.dataUids ?? []).some((known) => sameUid(uid, known));
    if (!trusted) this.refuse(uid, 'data messages');
    return trusted;
  }

  /** Someone other than the seller published or sent data: never shown, reported once per uid. */
  private refuse(uid: RtcUid, what: string): void {
    const who = cleanText(String(uid), 64);
    const seller = this.config.hostUid != null ? `agora-host-uid is ${this.config.hostUid}` : this.locked != null ? `locked onto ${cleanText(String(this.locked), 64)}, the first publisher` : 'no seller has published yet';
    this.refusals.refuse(`uid:${String(uid)}`, 'untrusted-publisher', `real-time path: ignored ${what} from uid ${who}, who is not the seller (${seller})`);
  }
}
