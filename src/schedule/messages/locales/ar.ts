import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "العروض القادمة",
  'schedule.startsIn': "يبدأ بعد {time}",
  'schedule.liveNow': "مباشر الآن",
  'schedule.watchLive': "شاهد الآن",
  'schedule.startingSoon': "يبدأ قريبًا: البائع يستعد.",
  'schedule.ended': "انتهى هذا العرض.",
  'schedule.watchReplay': "شاهد الإعادة",
  'schedule.until': "حتى {time}",
  'schedule.sellerTime': "توقيت البائع: {time}",
  'schedule.addToCalendar': "أضف إلى التقويم",
  'schedule.icsFile': "ملف تقويم (.ics)",
  'schedule.google': "تقويم Google",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "ذكّرني",
  'schedule.empty': "لا توجد عروض قادمة.",
  'schedule.loadFailed': "تعذّر تحميل الجدول.",
} satisfies Record<keyof typeof scheduleEn, string>;
