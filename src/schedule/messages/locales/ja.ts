import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "今後の配信",
  'schedule.startsIn': "{time}後に開始",
  'schedule.liveNow': "ライブ配信中",
  'schedule.watchLive': "今すぐ見る",
  'schedule.startingSoon': "まもなく開始：配信者が準備中です。",
  'schedule.ended': "この配信は終了しました。",
  'schedule.watchReplay': "アーカイブを見る",
  'schedule.until': "{time}まで",
  'schedule.sellerTime': "配信者の現地時間：{time}",
  'schedule.addToCalendar': "カレンダーに追加",
  'schedule.icsFile': "カレンダーファイル (.ics)",
  'schedule.google': "Google カレンダー",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "リマインド",
  'schedule.empty': "予定されている配信はありません。",
  'schedule.loadFailed': "配信予定を読み込めませんでした。",
} satisfies Record<keyof typeof scheduleEn, string>;
