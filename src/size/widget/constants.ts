import { TAGS } from '../../internal/constants.js';
import { EVENTS } from '../../internal/events.js';

// The size helper's names, from the one constants file.
export const SIZE_HELPER_TAG = TAGS.sizeHelper;

export const SIZE_HELPER_EVENTS = {
  /** Out: the shopper chose a size. */
  recommended: EVENTS.sizeRecommended,
  /** In (on document): a buy button asks for a size. */
  request: EVENTS.sizeRequest,
  /** Out: a non-fatal problem (`fatal: false`). */
  error: EVENTS.error,
} as const;

/** The one localStorage key the size helper uses, and only after "Remember me in this browser". */
export const PROFILE_STORAGE_KEY = 'shoplive:size-profile';

/** A remembered profile is used for 180 days after it was last saved, then removed. */
export const PROFILE_MAX_AGE_MS = 180 * 24 * 60 * 60 * 1000;
