import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "Prochains lives",
  'schedule.startsIn': "Commence dans {time}",
  'schedule.liveNow': "En direct",
  'schedule.watchLive': "Regarder",
  'schedule.startingSoon': "Bientôt : le vendeur se prépare.",
  'schedule.ended': "Ce live est terminé.",
  'schedule.watchReplay': "Voir le replay",
  'schedule.until': "jusqu’à {time}",
  'schedule.sellerTime': "Heure du vendeur : {time}",
  'schedule.addToCalendar': "Ajouter au calendrier",
  'schedule.icsFile': "Fichier de calendrier (.ics)",
  'schedule.google': "Google Agenda",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "Me le rappeler",
  'schedule.empty': "Aucun live à venir.",
  'schedule.loadFailed': "Le programme n’a pas pu être chargé.",
} satisfies Record<keyof typeof scheduleEn, string>;
