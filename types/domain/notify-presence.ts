import { APPROVE_PAGE, CALENDAR_PAGE, LEAVE_PAGE, REVIEWS_PAGE } from './notify-pages'
import { cut, said, type RowsOf } from './notify-row'

/** Leave, 述职评议 and the 核实提示 of a cadre's presence. */
export interface PresencePayloads {
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
  sign_reviewed: {
    personId: string
    day: string
    signLabel: string
    kept: boolean
    reviewerName: string
    comment: string
  }
}

export const PRESENCE_ROWS: RowsOf<PresencePayloads> = {
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
  sign_reviewed: {
    ref: (p) => `${p.personId}_${p.day}`,
    template: 'reminder',
    status: (p) => (p.kept ? '需核实' : '已排除'),
    to: (p) => [p.personId],
    link: (p) => `${CALENDAR_PAGE}?month=${p.day.slice(0, 7)}`,
    title: (p) => `${p.day} 的「${p.signLabel}」${p.kept ? '经核实保留' : '经核实已排除'}`,
    body: (p) => said(p.reviewerName, p.comment),
  },
}
