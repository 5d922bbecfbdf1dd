import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "Próximas lives",
  'schedule.startsIn': "Começa em {time}",
  'schedule.liveNow': "Ao vivo agora",
  'schedule.watchLive': "Assistir agora",
  'schedule.startingSoon': "Começa em breve: o vendedor está se preparando.",
  'schedule.ended': "Esta live terminou.",
  'schedule.watchReplay': "Assistir à reprise",
  'schedule.until': "até {time}",
  'schedule.sellerTime': "Horário do vendedor: {time}",
  'schedule.addToCalendar': "Adicionar à agenda",
  'schedule.icsFile': "Arquivo de agenda (.ics)",
  'schedule.google': "Google Agenda",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "Lembrar-me",
  'schedule.empty': "Nenhuma live programada.",
  'schedule.loadFailed': "Não foi possível carregar a programação.",
} satisfies Record<keyof typeof scheduleEn, string>;
