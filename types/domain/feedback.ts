import { z } from '../zod'
import { addWorkingDays, shanghaiDay } from './rectification-clock'
import { findSensitive, maskSensitive } from './sensitive-text'

/**
 * 投诉建议 (国办函〔2026〕12号 requires it of every government app): anyone — cadre, supervisor or
 * villager — may complain or suggest, about the app or about the work; the app's 主办单位 (the county
 * or prefecture organization department) answers within a time limit, and the sender reads the answer.
 */
export const FEEDBACK_KINDS = ['complaint', 'suggestion'] as const
export const feedbackKindSchema = z.enum(FEEDBACK_KINDS)
export type FeedbackKind = z.infer<typeof feedbackKindSchema>
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { complaint: '投诉', suggestion: '建议' }

export const FEEDBACK_TOPICS = ['app', 'work'] as const
export const feedbackTopicSchema = z.enum(FEEDBACK_TOPICS)
export type FeedbackTopic = z.infer<typeof feedbackTopicSchema>
export const FEEDBACK_TOPIC_LABELS: Record<FeedbackTopic, string> = {
  app: '关于小程序',
  work: '关于驻村工作',
}

export const FEEDBACK_STATUSES = ['pending', 'handling', 'answered', 'closed'] as const
export const feedbackStatusSchema = z.enum(FEEDBACK_STATUSES)
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  pending: '待处理',
  handling: '处理中',
  answered: '已答复',
  closed: '已关闭',
}

/** The 主办单位 answers within this many working days of receipt. */
export const FEEDBACK_ANSWER_WORKING_DAYS = 15
/** Abuse limits per WeChat user, like objections: a few a day, a bounded number waiting at once. */
export const FEEDBACK_PER_DAY = 5
export const FEEDBACK_OPEN_MAX = 10

/** Statuses still owing an answer: the clock runs. */
export const FEEDBACK_OPEN: readonly FeedbackStatus[] = ['pending', 'handling']

/** The status each answering step may start from. */
export const FEEDBACK_STEPS = {
  start: { from: ['pending'], to: 'handling', label: '受理' },
  answer: { from: ['pending', 'handling'], to: 'answered', label: '答复' },
  close: { from: ['pending', 'handling', 'answered'], to: 'closed', label: '关闭' },
} as const satisfies Record<string, { from: readonly FeedbackStatus[]; to: FeedbackStatus; label: string }>
export type FeedbackStep = keyof typeof FEEDBACK_STEPS

export function canStep(status: FeedbackStatus, step: FeedbackStep): boolean {
  return (FEEDBACK_STEPS[step].from as readonly FeedbackStatus[]).includes(status)
}

/** The last day to answer (Shanghai calendar day), counted in working days from receipt. */
export function feedbackDueDay(receivedAt: Date, workingDays = FEEDBACK_ANSWER_WORKING_DAYS): string {
  return shanghaiDay(addWorkingDays(receivedAt, workingDays))
}

/** Overdue: still unanswered after its due day. */
export function isFeedbackOverdue(status: FeedbackStatus, dueDay: string, now: Date): boolean {
  return FEEDBACK_OPEN.includes(status) && shanghaiDay(now) > dueDay
}

/** A contact shown masked by default: a phone as 138****5678, anything else with its middle hidden. */
export function maskContact(contact: string): string {
  if (!contact) return ''
  if (findSensitive(contact).length > 0) return maskSensitive(contact)
  const c = [...contact]
  return c.length <= 2
    ? '*'.repeat(c.length)
    : `${c[0]}${'*'.repeat(Math.min(c.length - 2, 6))}${c[c.length - 1]}`
}
