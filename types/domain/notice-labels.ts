/** Notices: constants, labels and pure rules, free of zod so subpackage pages can import them. */
/** 公示 categories villagers see; keys in code, labels on screen. */
export const NOTICE_CATEGORIES = [
  'village_affairs',
  'finance',
  'party_affairs',
  'poverty_id',
  'project_funds',
  'dibao',
  'monitor_inclusion',
  'risk_clearance',
] as const
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number]
export const NOTICE_CATEGORY_LABELS: Record<NoticeCategory, string> = {
  village_affairs: '村务',
  finance: '财务',
  party_affairs: '党务',
  poverty_id: '贫困户识别退出（2020 年前）',
  project_funds: '项目资金',
  dibao: '低保',
  monitor_inclusion: '监测对象识别纳入',
  risk_clearance: '风险消除',
}

/** Kept so notices of 2016–2020 stay readable; since 2021 there is no 贫困户识别退出 to publish. */
export const HISTORIC_NOTICE_CATEGORIES: readonly NoticeCategory[] = ['poverty_id']
/** What a new notice may be filed under. */
export const OPEN_NOTICE_CATEGORIES = NOTICE_CATEGORIES.filter((c) => !HISTORIC_NOTICE_CATEGORIES.includes(c))

/** 公示期: often 5–7 days; 7 unless the writer says otherwise. */
export const DEFAULT_NOTICE_DAYS = 7
export const MAX_NOTICE_DAYS = 30

/** What a supervisor's 催办 is about: one per cadre per topic per day. */
export const URGE_TOPICS = ['presence', 'rectify', 'visit', 'general'] as const
export type UrgeTopic = (typeof URGE_TOPICS)[number]
export const URGE_TOPIC_LABELS: Record<UrgeTopic, string> = {
  presence: '在村履职',
  rectify: '整改落实',
  visit: '走访帮扶',
  general: '其他工作',
}

/** How the recipients of a 催办 are picked; the filter suggests the topic. */
export const URGE_FILTERS = ['manual', 'no_presence_week', 'overdue_items', 'unvisited_month'] as const
export type UrgeFilter = (typeof URGE_FILTERS)[number]
export const URGE_FILTER_LABELS: Record<UrgeFilter, string> = {
  manual: '逐个选择',
  no_presence_week: '本周无在村记录',
  overdue_items: '有逾期整改事项',
  unvisited_month: '本周期有未走访的结对户',
}
export const URGE_FILTER_TOPIC: Record<UrgeFilter, UrgeTopic> = {
  manual: 'general',
  no_presence_week: 'presence',
  overdue_items: 'rectify',
  unvisited_month: 'visit',
}

export const DELIVERY_STATUSES = ['sent', 'no_grant', 'no_openid', 'failed', 'duplicate'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
export const DELIVERY_LABELS: Record<DeliveryStatus, string> = {
  sent: '已推送微信消息',
  no_grant: '未订阅，仅站内消息',
  no_openid: '未绑定微信，仅站内消息',
  failed: '推送失败，仅站内消息',
  duplicate: '今日已推送过同类消息',
}

export const OBJECTION_STATUSES = ['open', 'answered', 'converted'] as const
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number]
export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  open: '待处理',
  answered: '已答复',
  converted: '已转整改',
}

/** Villagers may object at most this often: per notice, and per day overall (per WeChat user). */
export const OBJECTIONS_PER_NOTICE = 3
export const OBJECTIONS_PER_DAY = 10

/** Whether `day` (YYYY-MM-DD, Shanghai) lies in the 公示期 [startDay, endDay]. */
export function inNoticeWindow(window: { startDay: string; endDay: string }, day: string): boolean {
  return day >= window.startDay && day <= window.endDay
}

/** The last day of a window that starts on `startDay` and lasts `days` calendar days. */
export function noticeEndDay(startDay: string, days: number): string {
  const t = Date.parse(`${startDay}T00:00:00.000Z`) + (days - 1) * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** One notice per person, topic and Shanghai day: the id of its inbox record and push. */
export function dedupeKey(personId: string, topic: string, day: string): string {
  return `${personId}_${topic}_${day}`
}
