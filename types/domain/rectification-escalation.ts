/**
 * 一次通报、二次约谈、三次问责: the step a responsible person reaches with their n-th missed deadline
 * inside the rolling window. Every step is only a proposal: a supervisor decides it, and the person is
 * told both when it is proposed and when it is decided.
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
export const ESCALATION_STATUS_LABELS: Record<EscalationStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  dismissed: '不予处理',
}

export const ESCALATION_WINDOW_MONTHS = 12

/**
 * What the rule counts, by default: missed deadlines (an item still open when its deadline passed,
 * on the server clock) — never a returned close application, which is one reviewer's reading of one
 * submission. `missedDeadlinesForFirstStep` missed deadlines propose 通报, each further one the next step.
 */
export const ESCALATION_POLICY = {
  counts: 'overdue',
  missedDeadlinesForFirstStep: 1,
  windowMonths: ESCALATION_WINDOW_MONTHS,
} as const satisfies { counts: StrikeKind; missedDeadlinesForFirstStep: number; windowMonths: number }

/** The rule in one sentence, for the reviewer's screen and the person's message. */
export const ESCALATION_RULE_TEXT =
  `问责建议只依据整改逾期：近 ${ESCALATION_POLICY.windowMonths} 个月逾期满 ${ESCALATION_POLICY.missedDeadlinesForFirstStep} 次提议通报，` +
  '再逾期依次提议约谈、问责，均须督查审批'

/** The first instant inside the rolling window that ends at `now`. */
export function windowStart(now: Date, months = ESCALATION_WINDOW_MONTHS): Date {
  const d = new Date(now.getTime())
  d.setUTCMonth(d.getUTCMonth() - months)
  return d
}

/** The step for the n-th missed deadline; below the policy's first count, none; the last step repeats. */
export function escalationStep(
  missed: number,
  firstAt: number = ESCALATION_POLICY.missedDeadlinesForFirstStep,
): EscalationStep | null {
  if (missed < Math.max(1, firstAt)) return null
  return ESCALATION_STEPS[Math.min(missed - Math.max(1, firstAt) + 1, ESCALATION_STEPS.length) - 1]
}

/** Strikes at or after the window start count; older ones have lapsed. */
export function countStrikesInWindow(
  strikeTimes: readonly Date[],
  now: Date,
  months = ESCALATION_WINDOW_MONTHS,
): number {
  const start = windowStart(now, months).getTime()
  return strikeTimes.filter((t) => t.getTime() >= start && t.getTime() <= now.getTime()).length
}
