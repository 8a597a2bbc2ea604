/**
 * 一次通报、二次约谈、三次问责: the step a responsible person reaches with their n-th strike (an
 * item gone overdue, or a close application rejected) inside the rolling window.
 */
export const ESCALATION_STEPS = ['notice', 'interview', 'accountability'] as const
export type EscalationStep = (typeof ESCALATION_STEPS)[number]
export const ESCALATION_STEP_LABELS: Record<EscalationStep, string> = {
  notice: '通报',
  interview: '约谈',
  accountability: '问责',
}

export const STRIKE_KINDS = ['overdue', 'rejected'] as const
export type StrikeKind = (typeof STRIKE_KINDS)[number]
export const STRIKE_KIND_LABELS: Record<StrikeKind, string> = { overdue: '整改逾期', rejected: '销号被驳回' }

export const ESCALATION_STATUSES = ['pending', 'approved', 'dismissed'] as const
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number]
export const ESCALATION_STATUS_LABELS: Record<EscalationStatus, string> = { pending: '待审批', approved: '已批准', dismissed: '不予处理' }

export const ESCALATION_WINDOW_MONTHS = 12

/** The first instant inside the rolling window that ends at `now`. */
export function windowStart(now: Date, months = ESCALATION_WINDOW_MONTHS): Date {
  const d = new Date(now.getTime())
  d.setUTCMonth(d.getUTCMonth() - months)
  return d
}

/** The step for the n-th strike (n ≥ 1); the third and every later one is 问责. */
export function escalationStep(strikeCount: number): EscalationStep | null {
  if (strikeCount < 1) return null
  return ESCALATION_STEPS[Math.min(strikeCount, ESCALATION_STEPS.length) - 1]
}

/** Strikes at or after the window start count; older ones have lapsed. */
export function countStrikesInWindow(strikeTimes: readonly Date[], now: Date, months = ESCALATION_WINDOW_MONTHS): number {
  const start = windowStart(now, months).getTime()
  return strikeTimes.filter((t) => t.getTime() >= start && t.getTime() <= now.getTime()).length
}
