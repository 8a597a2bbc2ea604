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
    /** Who decided (队长, 乡镇党委, …) and, when the chain goes on, who decides next. */
    stepLabel?: string
    nextLabel?: string | null
  }
  leave_requested: {
    leaveId: string
    approverId: string
    personName: string
    typeLabel: string
    startDay: string
    endDay: string
    days: number
  }
  leave_dispatch_informed: {
    leaveId: string
    contactId: string
    personName: string
    typeLabel: string
    startDay: string
    endDay: string
    days: number
    approved: boolean
    deciderName: string
  }
  review_recorded: {
    entryId: string
    personId: string
    sessionTitle: string
    resultLabel: string
  }
  visit_returned: {
    visitId: string
    authorId: string
    villageName: string
    reviewerName: string
    comment: string
  }
  /** A visit's risk started a 监测识别 candidate case: the visitor learns it exists (never a fault of theirs). */
  monitor_candidate_from_visit: {
    caseId: string
    visitId: string
    authorId: string
    /** Masked. */
    headName: string
    villageName: string
    risks: number
  }
  notice_objection: {
    noticeId: string
    objectionId: string
    authorId: string
    leaderIds: string[]
    noticeTitle: string
    text: string
  }
  assessment_decided: {
    personId: string
    personName: string
    /** The 派出单位's bound contact, when the cadre was sent by one: the result goes there too. */
    contactId: string | null
    year: number
    gradeLabel: string
    reason: string
    deciderName: string
  }
  monitor_step: {
    caseId: string
    /** Masked head name and village, as the case list shows them. */
    headName: string
    villageName: string
    kindLabel: string
    /** The step just taken (or 发起 for a new case) and where the case waits now. */
    stepLabel: string
    outcome: 'started' | 'passed' | 'rejected'
    nowLabel: string
    actorName: string
    note: string
    /** The household's 帮扶责任人, the village's cadres and whoever started the case. */
    pairingIds: string[]
    cadreIds: string[]
    starterId: string | null
  }
  sign_reviewed: {
    personId: string
    day: string
    signLabel: string
    kept: boolean
    reviewerName: string
    comment: string
  }
  posting_started: {
    postingId: string
    personId: string
    contactId: string | null
    personName: string
    villageName: string
    teamRoleLabel: string
    batch: string
    startDay: string
    plannedEndDay: string
  }
  posting_ended: {
    postingId: string
    personId: string
    receiverId: string
    contactId: string | null
    personName: string
    receiverName: string
    villageName: string
    endLabel: string
    endDay: string
    households: number
    items: number
    notices: number
  }
  roster_decided: {
    decisionId: string
    personId: string
    signLabel: string
    decisionLabel: string
    deciderName: string
    reason: string
  }
  measure_assigned: {
    measureId: string
    householdId: string
    responsibleId: string
    /** 乡镇 + 村 + masked head name, as the household list shows it. */
    place: string
    typeLabel: string
    plannedDay: string
    assignerName: string
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
export const POSTINGS_PAGE = '/packages/org/pages/postings/index'
export const HOUSEHOLD_PAGE = '/packages/visit/pages/household/index'
export const INBOX_PAGE = '/packages/notice/pages/inbox/index'
export const MONITOR_CASE_PAGE = '/packages/monitor/pages/case/index'
export const APPROVE_PAGE = '/packages/presence/pages/approve/index'
export const REVIEWS_PAGE = '/packages/presence/pages/reviews/index'

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
    status: (p) => (p.nextLabel ? '审批中' : p.approved ? '已批准' : '未批准'),
    to: (p) => [p.personId],
    link: () => LEAVE_PAGE,
    title: (p) =>
      p.nextLabel
        ? `请假${p.stepLabel ?? ''}已同意，待${p.nextLabel}审批：${p.startDay} 至 ${p.endDay}`
        : `请假${p.approved ? '已批准' : '未批准'}：${p.startDay} 至 ${p.endDay}`,
    body: (p) => said(p.deciderName, p.comment),
  },
  leave_requested: {
    ref: (p) => p.leaveId,
    template: 'reminder',
    status: () => '待审批',
    to: (p) => [p.approverId],
    link: () => APPROVE_PAGE,
    title: (p) => `${p.personName}请假待您审批：${p.typeLabel} ${p.days} 天`,
    body: (p) => `${p.startDay} 至 ${p.endDay}`,
  },
  leave_dispatch_informed: {
    ref: (p) => p.leaveId,
    template: 'reminder',
    status: (p) => (p.approved ? '已批准' : '未批准'),
    to: (p) => [p.contactId],
    link: () => LEAVE_PAGE,
    title: (p) => `贵单位派出干部${p.personName}请假${p.approved ? '已批准' : '未批准'}`,
    body: (p) => `${p.typeLabel} ${p.days} 天（${p.startDay} 至 ${p.endDay}），审批人：${p.deciderName}`,
  },
  review_recorded: {
    ref: (p) => p.entryId,
    template: 'reminder',
    status: () => '已评议',
    to: (p) => [p.personId],
    link: () => REVIEWS_PAGE,
    title: (p) => `述职评议结果：${p.resultLabel}`,
    body: (p) => cut(p.sessionTitle, 60),
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
  monitor_candidate_from_visit: {
    ref: (p) => p.caseId,
    template: 'reminder',
    status: () => '待评议',
    to: (p) => [p.authorId],
    link: (p) => `${VISIT_PAGE}?id=${p.visitId}`,
    title: (p) => `已发起监测识别：${p.villageName}${p.headName}户`,
    body: (p) =>
      `您走访发现的 ${p.risks} 项风险已作为监测识别候选交村级评议（干部排查），这是发现风险，不是问题记录`,
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
  assessment_decided: {
    ref: (p) => `${p.personId}_${p.year}`,
    template: 'reminder',
    status: () => '已评定',
    to: (p) => [p.personId, ...(p.contactId ? [p.contactId] : [])],
    link: () => INBOX_PAGE,
    title: (p) => `${p.personName} ${p.year} 年度考核：${p.gradeLabel}`,
    body: (p) => `${p.deciderName}评定，理由：${cut(p.reason, 80)}`,
  },
  monitor_step: {
    ref: (p) => p.caseId,
    template: 'reminder',
    status: (p) => (p.outcome === 'rejected' ? '未通过' : p.outcome === 'started' ? '待评议' : '已通过'),
    to: (p) => [...p.pairingIds, ...p.cadreIds, ...(p.starterId ? [p.starterId] : [])],
    link: (p) => `${MONITOR_CASE_PAGE}?id=${p.caseId}`,
    title: (p) =>
      p.outcome === 'started'
        ? `${p.kindLabel}待评议：${p.villageName}${p.headName}户`
        : `${p.kindLabel}${p.stepLabel}${p.outcome === 'rejected' ? '未通过' : '已通过'}：${p.villageName}${p.headName}户`,
    body: (p) => `${said(p.actorName, cut(p.note, 60))}。当前环节：${p.nowLabel}`,
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
  // The cadre and the 派出单位's contact (who stays responsible for the cadre) are told of the term.
  posting_started: {
    ref: (p) => p.postingId,
    template: 'reminder',
    status: () => '已选派',
    to: (p) => [p.personId, ...(p.contactId ? [p.contactId] : [])],
    link: (p) => `${POSTINGS_PAGE}?personId=${p.personId}`,
    title: (p) => `${p.personName}选派到${p.villageName}任${p.teamRoleLabel}`,
    body: (p) => `${p.batch}，任期 ${p.startDay} 至 ${p.plannedEndDay}`,
  },
  posting_ended: {
    ref: (p) => p.postingId,
    template: 'reminder',
    status: () => '已结束',
    to: (p) => [p.personId, p.receiverId, ...(p.contactId ? [p.contactId] : [])],
    link: (p) => `${POSTINGS_PAGE}?personId=${p.personId}`,
    title: (p) => `${p.personName}在${p.villageName}的任职结束（${cut(p.endLabel, 14)}）`,
    body: (p) =>
      `${p.endDay} 起，结对户 ${p.households} 户、整改事项 ${p.items} 项、公示 ${p.notices} 条已移交${p.receiverName}`,
  },
  roster_decided: {
    ref: (p) => p.decisionId,
    template: 'reminder',
    status: (p) => cut(p.decisionLabel, 5),
    to: (p) => [p.personId],
    link: (p) => `${POSTINGS_PAGE}?personId=${p.personId}`,
    title: (p) => `排查结果：${p.decisionLabel}（${p.signLabel}）`,
    body: (p) => said(p.deciderName, p.reason),
  },
  measure_assigned: {
    ref: (p) => p.measureId,
    template: 'reminder',
    status: () => '待落实',
    to: (p) => [p.responsibleId],
    link: (p) => `${HOUSEHOLD_PAGE}?id=${p.householdId}`,
    title: (p) => `您是新的帮扶措施责任人：${p.typeLabel}`,
    body: (p) => `${p.place}，计划 ${p.plannedDay} 前落实。由${p.assignerName}指定`,
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
