import type { scheduleEn } from '../en.js';

export default {
  'schedule.label': "예정된 방송",
  'schedule.startsIn': "{time} 후 시작",
  'schedule.liveNow': "지금 라이브",
  'schedule.watchLive': "지금 보기",
  'schedule.startingSoon': "곧 시작합니다: 판매자가 준비 중입니다.",
  'schedule.ended': "이 방송은 종료되었습니다.",
  'schedule.watchReplay': "다시보기 시청",
  'schedule.until': "{time}까지",
  'schedule.sellerTime': "판매자 현지 시간: {time}",
  'schedule.addToCalendar': "캘린더에 추가",
  'schedule.icsFile': "캘린더 파일 (.ics)",
  'schedule.google': "Google 캘린더",
  'schedule.outlook': "Outlook.com",
  'schedule.remindMe': "알림 받기",
  'schedule.empty': "예정된 방송이 없습니다.",
  'schedule.loadFailed': "방송 일정을 불러올 수 없습니다.",
} satisfies Record<keyof typeof scheduleEn, string>;
