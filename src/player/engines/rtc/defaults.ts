// The real-time path's timings, apart from the rest of its configuration: the player's first chunk needs the default
// `rtc-timeout`, not the code that reads Agora attributes (that loads with the race).

/** No RTC frame within this long after start: HLS takes over (the `rtc-timeout` attribute's default). */
export const RTC_TIMEOUT_MS = 3000;
/** RTC reconnecting or disconnected for this long: HLS takes over. */
export const RECONNECT_BUDGET_MS = 5000;
