import type { TemplateKey } from '../notice-templates'

/**
 * THE table of who is told what. Every event on a person's own case is listed here once, with who
 * receives it and the exact Chinese message; handlers raise events, shared/notify-events.ts delivers
 * them (inbox always, a WeChat subscribe message when the person holds a grant). A new event is one
 * payload type and one row below.
 */
interface RectRef {
  itemId: string
  problem: string
  /** 乡镇 + 村, as the ledger prints it. */
  place: string
}

export interface NotifyPayloads {
  rect_dispatched: RectRef & { responsibleId: string; deadline: string }
  rect_closed: RectRef & { responsibleId: string; reviewerName: string; comment: string }
  rect_returned: RectRef & { responsibleId: string; reviewerName: string; comment: string }
  rect_extension_decided: RectRef & {
    responsibleId: string
    approved: boolean
    deadline: string
    deciderName: string
    comment: string
  }
  rect_dispute_decided: RectRef & {
    formerId: string
    assigneeName: string
    deciderName: string
    comment: string
  }
  rect_withdrawn: RectRef & { responsibleId: string; actorName: string; comment: string }
  escalation_proposed: {
    escalationId: string
    itemId: string
    personId: string
    stepLabel: string
    missedDeadlines: number
    problem: string
  }
  escalation_decided: {
    escalationId: string
    itemId: string
    personId: string
    stepLabel: string
    approved: boolean
    deciderName: string
    comment: string
  }
  leave_decided: {
    leaveId: string
    personId: string
    approved: boolean
    startDay: string
    endDay: string
    deciderName: string
    comment: string
  }
  visit_returned: {
    visitId: string
    authorId: string
    villageName: string
    reviewerName: string
    comment: string
  }
  notice_objection: {
    noticeId: string
    objectionId: string
    authorId: string
    leaderIds: string[]
    noticeTitle: string
    text: string
  }
  sign_reviewed: {
    personId: string
    day: string
    signLabel: string
    kept: boolean
    reviewerName: string
    comment: string
  }
  /** 周通报: the weekly summary of an issuing unit's 调度任务 (places and figures, no people). */
  task_weekly: {
    summaryId: string
    toIds: string[]
    unitName: string
    week: string
    tasks: number
    behind: number
  }
}

export type NotifyKind = keyof NotifyPayloads

/** One event: `id` names this occurrence (an event id, a decision), so a retry tells no one twice. */
export interface NotifyEventOf<K extends NotifyKind> {
  kind: K
  id: string
  /** Who acted (null for the system): they are not told of their own act. */
  actorId: string | null
  payload: NotifyPayloads[K]
}
export type NotifyEvent = { [K in NotifyKind]: NotifyEventOf<K> }[NotifyKind]

export interface EventRow<P> {
  template: TemplateKey
  /** The push's 状态 (phrase: at most 5 Chinese characters). */
  status: (p: P) => string
  to: (p: P) => string[]
  /** The record the message is about (the inbox's refId). */
  ref: (p: P) => string
  /** Pushes share a topic per person and day; by default each occurrence is its own topic. */
  topic?: (p: P) => string
  title: (p: P) => string
  body: (p: P) => string
  link: (p: P) => string
}

export const RECT_DETAIL_PAGE = '/packages/rectify/pages/detail/index'
export const LEAVE_PAGE = '/packages/presence/pages/leave/index'
export const VISIT_PAGE = '/packages/visit/pages/visit/index'
export const OBJECTIONS_PAGE = '/packages/notice/pages/objections/index'
export const CALENDAR_PAGE = '/packages/presence/pages/calendar/index'
export const TASK_WEEKLY_PAGE = '/packages/task/pages/weekly/index'

const itemLink = (p: { itemId: string }) => `${RECT_DETAIL_PAGE}?id=${p.itemId}`
const itemRef = (p: { itemId: string }) => p.itemId
const said = (name: string, comment: string) => (comment ? `${name}意见：${comment}` : `${name}未填写意见`)
const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s)

export const NOTIFY_TABLE: { [K in NotifyKind]: EventRow<NotifyPayloads[K]> } = {
  rect_dispatched: {
    ref: itemRef,
    template: 'reminder',
    status: () => '待签收',
    to: (p) => [p.responsibleId],
    link: itemLink,
    title: (p) => `新的整改事项：${cut(p.problem, 20)}`,
    body: (p) => `${p.place}，整改时限 ${p.deadline}，请及时签收`,
  },
  rect_closed: {
    ref: itemRef,
    template: 'reminder',
    status: () => '已销号',
    to: (p) => [p.responsibleId],
    link: itemLink,
    title: (p) => `销号已通过：${cut(p.problem, 20)}`,
    body: (p) => `${p.place}。${said(p.reviewerName, p.comment)}`,
  },
  rect_returned: {
    ref: itemRef,
    template: 'reminder',
    status: () => '已驳回',
    to: (p) => [p.responsibleId],
    link: itemLink,
    title: (p) => `销号申请被驳回：${cut(p.problem, 20)}`,
    body: (p) => `${p.place}。${said(p.reviewerName, p.comment)}。请按意见继续整改后再申请销号`,
  },
  rect_extension_decided: {
    ref: itemRef,
    template: 'reminder',
    status: (p) => (p.approved ? '已批准' : '未批准'),
    to: (p) => [p.responsibleId],
    link: itemLink,
    title: (p) => `延期申请${p.approved ? '已批准' : '未批准'}：${cut(p.problem, 20)}`,
    body: (p) =>
      `${p.approved ? `整改时限改为 ${p.deadline}` : `整改时限仍为 ${p.deadline}`}。${said(p.deciderName, p.comment)}`,
  },
  rect_dispute_decided: {
    ref: itemRef,
    template: 'reminder',
    status: () => '已处理',
    to: (p) => [p.formerId],
    link: itemLink,
    title: (p) => `职责异议已处理：${cut(p.problem, 20)}`,
    body: (p) => `已指派给 ${p.assigneeName}。${said(p.deciderName, p.comment)}`,
  },
  rect_withdrawn: {
    ref: itemRef,
    template: 'reminder',
    status: () => '已撤回',
    to: (p) => [p.responsibleId],
    link: itemLink,
    title: (p) => `整改事项已撤回：${cut(p.problem, 20)}`,
    body: (p) => `${p.place}，无需继续整改。${said(p.actorName, p.comment)}`,
  },
  escalation_proposed: {
    ref: (p) => p.escalationId,
    template: 'reminder',
    status: () => '待审批',
    to: (p) => [p.personId],
    link: itemLink,
    title: (p) => `系统提出了对您的${p.stepLabel}建议`,
    body: (p) =>
      `依据：近 12 个月整改逾期 ${p.missedDeadlines} 次（最近一项：${cut(p.problem, 30)}）。建议须经督查审批，审批结果会通知您`,
  },
  escalation_decided: {
    ref: (p) => p.escalationId,
    template: 'reminder',
    status: (p) => (p.approved ? '已批准' : '不予处理'),
    to: (p) => [p.personId],
    link: itemLink,
    title: (p) => `对您的${p.stepLabel}建议${p.approved ? '已批准' : '不予处理'}`,
    body: (p) => said(p.deciderName, p.comment),
  },
  leave_decided: {
    ref: (p) => p.leaveId,
    template: 'reminder',
    status: (p) => (p.approved ? '已批准' : '未批准'),
    to: (p) => [p.personId],
    link: () => LEAVE_PAGE,
    title: (p) => `请假${p.approved ? '已批准' : '未批准'}：${p.startDay} 至 ${p.endDay}`,
    body: (p) => said(p.deciderName, p.comment),
  },
  visit_returned: {
    ref: (p) => p.visitId,
    template: 'reminder',
    status: () => '已退回',
    to: (p) => [p.authorId],
    link: (p) => `${VISIT_PAGE}?id=${p.visitId}`,
    title: (p) => `走访记录被退回：${p.villageName}`,
    body: (p) => `${said(p.reviewerName, p.comment)}。请更正后重新提交`,
  },
  notice_objection: {
    ref: (p) => p.objectionId,
    topic: (p) => `objection-${p.noticeId}`,
    template: 'objection',
    status: () => '待处理',
    to: (p) => [p.authorId, ...p.leaderIds],
    link: (p) => `${OBJECTIONS_PAGE}?noticeId=${p.noticeId}`,
    title: (p) => `公示收到异议：${p.noticeTitle}`,
    body: (p) => cut(p.text, 100),
  },
  sign_reviewed: {
    ref: (p) => `${p.personId}_${p.day}`,
    template: 'reminder',
    status: (p) => (p.kept ? '需核实' : '已排除'),
    to: (p) => [p.personId],
    link: (p) => `${CALENDAR_PAGE}?month=${p.day.slice(0, 7)}`,
    title: (p) => `${p.day} 的「${p.signLabel}」${p.kept ? '经核实保留' : '经核实已排除'}`,
    body: (p) => said(p.reviewerName, p.comment),
  },
  task_weekly: {
    ref: (p) => p.summaryId,
    template: 'reminder',
    status: () => '周通报',
    to: (p) => p.toIds,
    link: () => TASK_WEEKLY_PAGE,
    title: (p) => `调度任务周通报：${cut(p.unitName, 12)}`,
    body: (p) => `${p.week} 当周 ${p.tasks} 项任务，${p.behind} 项尚未达到目标`,
  },
}

export interface NotifyMessage {
  personId: string
  kind: NotifyKind
  /** One inbox record per event and person. */
  inboxId: string
  /** The push is made at most once per person, topic and day. */
  topic: string
  refId: string
  template: TemplateKey
  status: string
  title: string
  body: string
  link: string
}

/**
 * The messages an event sends: who, and the words, straight from the table. Generic in the kind, so
 * the compiler pairs each kind with its own payload and row.
 */
export function messagesFor<K extends NotifyKind>(event: NotifyEventOf<K>): NotifyMessage[] {
  const row: EventRow<NotifyPayloads[K]> = NOTIFY_TABLE[event.kind]
  const { kind, id, actorId, payload } = event
  // The person who acted knows what they did; everyone else the row names is told once.
  const to = [...new Set(row.to(payload))].filter((personId) => personId && personId !== actorId)
  return to.map((personId) => ({
    personId,
    kind,
    inboxId: `${kind}-${id}-${personId}`,
    topic: row.topic ? row.topic(payload) : `${kind}-${id}`,
    refId: row.ref(payload),
    template: row.template,
    status: row.status(payload),
    title: row.title(payload),
    body: row.body(payload),
    link: row.link(payload),
  }))
}
