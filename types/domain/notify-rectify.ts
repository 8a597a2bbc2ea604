import { RECT_DETAIL_PAGE } from './notify-pages'
import { cut, said, type RowsOf } from './notify-row'

interface RectRef {
  itemId: string
  problem: string
  /** 乡镇 + 村, as the ledger prints it. */
  place: string
}

/** Rectification items, and the escalations their missed deadlines lead to. */
export interface RectifyPayloads {
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
}

const itemLink = (p: { itemId: string }) => `${RECT_DETAIL_PAGE}?id=${p.itemId}`
const itemRef = (p: { itemId: string }) => p.itemId

export const RECTIFY_ROWS: RowsOf<RectifyPayloads> = {
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
}
