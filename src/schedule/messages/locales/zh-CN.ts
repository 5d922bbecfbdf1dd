import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "即将开始的直播",
  'schedule.startsIn': "{time}后开始",
  'schedule.liveNow': "正在直播",
  'schedule.watchLive': "立即观看",
  'schedule.startingSoon': "即将开始：主播正在准备中。",
  'schedule.ended': "本场直播已结束。",
  'schedule.watchReplay': "观看回放",
  'schedule.until': "至 {time}",
  'schedule.sellerTime': "主播当地时间：{time}",
  'schedule.addToCalendar': "添加到日历",
  'schedule.icsFile': "日历文件 (.ics)",
  'schedule.google': "Google 日历",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "提醒我",
  'schedule.empty': "暂无即将开始的直播。",
  'schedule.loadFailed': "无法加载直播日程。",
} satisfies Record<keyof typeof scheduleEn, string>;
