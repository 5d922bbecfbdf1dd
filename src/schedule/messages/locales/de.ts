import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "Kommende Shows",
  'schedule.startsIn': "Beginnt in {time}",
  'schedule.liveNow': "Jetzt live",
  'schedule.watchLive': "Jetzt ansehen",
  'schedule.startingSoon': "Gleich geht es los: Der Verkäufer bereitet sich vor.",
  'schedule.ended': "Diese Show ist vorbei.",
  'schedule.watchReplay': "Aufzeichnung ansehen",
  'schedule.until': "bis {time}",
  'schedule.sellerTime': "Zeit des Verkäufers: {time}",
  'schedule.addToCalendar': "Zum Kalender hinzufügen",
  'schedule.icsFile': "Kalenderdatei (.ics)",
  'schedule.google': "Google Kalender",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "Erinnere mich",
  'schedule.empty': "Keine kommenden Shows.",
  'schedule.loadFailed': "Der Zeitplan konnte nicht geladen werden.",
} satisfies Record<keyof typeof scheduleEn, string>;
