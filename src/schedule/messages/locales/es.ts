import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "Próximos directos",
  'schedule.startsIn': "Empieza en {time}",
  'schedule.liveNow': "En directo ahora",
  'schedule.watchLive': "Ver ahora",
  'schedule.startingSoon': "Empieza pronto: el vendedor se está preparando.",
  'schedule.ended': "Este directo ha terminado.",
  'schedule.watchReplay': "Ver la repetición",
  'schedule.until': "hasta las {time}",
  'schedule.sellerTime': "Hora del vendedor: {time}",
  'schedule.addToCalendar': "Añadir al calendario",
  'schedule.icsFile': "Archivo de calendario (.ics)",
  'schedule.google': "Google Calendar",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "Recordármelo",
  'schedule.empty': "No hay próximos directos.",
  'schedule.loadFailed': "No se pudo cargar la programación.",
} satisfies Record<keyof typeof scheduleEn, string>;
