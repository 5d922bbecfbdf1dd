/** English schedule strings: built into the schedule chunk; the reference its other catalogs are typed against. */
export const scheduleEn = {
  'schedule.label': "Upcoming shows",
  'schedule.startsIn': "Starts in {time}",
  'schedule.liveNow': "Live now",
  'schedule.watchLive': "Watch now",
  'schedule.startingSoon': "Starting soon: the seller is getting ready.",
  'schedule.ended': "This show has ended.",
  'schedule.watchReplay': "Watch the replay",
  'schedule.until': "until {time}",
  'schedule.sellerTime': "Seller's time: {time}",
  'schedule.addToCalendar': "Add to calendar",
  'schedule.icsFile': "Calendar file (.ics)",
  'schedule.google': "Google Calendar",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "Remind me",
  'schedule.empty': "No upcoming shows.",
  'schedule.loadFailed': "The schedule could not be loaded.",
} as const;

export type ScheduleMessageKey = keyof typeof scheduleEn;
