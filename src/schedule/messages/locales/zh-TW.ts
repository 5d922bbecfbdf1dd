import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "即將開始的直播",
  'schedule.startsIn': "{time}後開始",
  'schedule.liveNow': "正在直播",
  'schedule.watchLive': "立即觀看",
  'schedule.startingSoon': "即將開始：主播正在準備中。",
  'schedule.ended': "本場直播已結束。",
  'schedule.watchReplay': "觀看重播",
  'schedule.until': "至 {time}",
  'schedule.sellerTime': "主播當地時間：{time}",
  'schedule.addToCalendar': "加入行事曆",
  'schedule.icsFile': "行事曆檔案 (.ics)",
  'schedule.google': "Google 日曆",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "提醒我",
  'schedule.empty': "目前沒有即將開始的直播。",
  'schedule.loadFailed': "無法載入直播時間表。",
} satisfies Record<keyof typeof scheduleEn, string>;
