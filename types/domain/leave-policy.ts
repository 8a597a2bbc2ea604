import { z } from '../zod'
import { LEAVE_TYPE_LABELS, LEAVE_TYPES, type LeaveType } from './presence'

/**
 * The county's leave rules: which types count as days in the village (公差 and 培训 are days of duty in
 * the common provincial rules; 事假 and 病假 are excused, not present), an optional annual cap per type,
 * and the daily subsidy (生活补助) paid on counted days.
 */
const capSchema = z
  .number()
  .int('年度上限须为整数天')
  .min(1, '年度上限至少 1 天')
  .max(365, '年度上限不超过 365 天')
  .nullable()

export const leaveSectionSchema = z.object({
  counts: z.object({
    personal: z.boolean(),
    sick: z.boolean(),
    official: z.boolean(),
    training: z.boolean(),
    other: z.boolean(),
  }),
  caps: z.object({
    personal: capSchema,
    sick: capSchema,
    official: capSchema,
    training: capSchema,
    other: capSchema,
  }),
  dailySubsidy: z
    .number()
    .min(0, '补助标准不能为负')
    .max(1000, '补助标准不超过每天 1000 元')
    .multipleOf(0.01, '补助标准最多两位小数')
    .nullable(),
})
export type LeaveRules = z.infer<typeof leaveSectionSchema>

export const DEFAULT_LEAVE_RULES: LeaveRules = {
  counts: { personal: false, sick: false, official: true, training: true, other: false },
  caps: { personal: null, sick: null, official: null, training: null, other: null },
  dailySubsidy: null,
}

/** A type no longer counted, or a cap new or lower than the baseline's, asks more of cadres. */
export function leaveStricterParts(base: LeaveRules, next: LeaveRules): string[] {
  const parts: string[] = []
  for (const t of LEAVE_TYPES) {
    if (base.counts[t] && !next.counts[t]) parts.push(`${LEAVE_TYPE_LABELS[t]}不再计入在村天数`)
    const cap = next.caps[t]
    const was = base.caps[t]
    if (cap !== null && (was === null || cap < was))
      parts.push(`${LEAVE_TYPE_LABELS[t]}每年最多 ${cap} 天${was === null ? '' : `（原 ${was} 天）`}`)
  }
  return parts
}

export function describeLeave(v: LeaveRules): string {
  const counted = LEAVE_TYPES.filter((t) => v.counts[t]).map((t) => LEAVE_TYPE_LABELS[t])
  const capped = LEAVE_TYPES.flatMap((t) => {
    const cap = v.caps[t]
    return cap === null ? [] : [`${LEAVE_TYPE_LABELS[t]} ${cap} 天`]
  })
  return [
    `计入在村天数的请假：${counted.length > 0 ? counted.join('、') : '无'}`,
    `年度上限：${capped.length > 0 ? capped.join('、') : '不限'}`,
    `生活补助：${v.dailySubsidy === null ? '未设置' : `每天 ${v.dailySubsidy} 元`}`,
  ].join('；')
}

/** How one leave type reads under the rules: counted as days in the village, or excused only. */
export function leaveCounts(rules: Pick<LeaveRules, 'counts'>, type: LeaveType): boolean {
  return rules.counts[type]
}

/** The rule in words, for the meter and the dashboard: which leave counts and which is only excused. */
export function countedLeavePhrase(counts: LeaveRules['counts']): string {
  const yes = LEAVE_TYPES.filter((t) => counts[t]).map((t) => LEAVE_TYPE_LABELS[t])
  const no = LEAVE_TYPES.filter((t) => !counts[t]).map((t) => LEAVE_TYPE_LABELS[t])
  if (no.length === 0) return '各类请假均计入在村天数'
  if (yes.length === 0) return '请假均不计入在村天数（准假不算缺勤）'
  return `${yes.join('、')}计入在村天数；${no.join('、')}准假不算缺勤，但不计入`
}

/** Days per type, every type present (zeros included). */
export type LeaveDaysByType = Record<LeaveType, number>
export function noLeaveDays(): LeaveDaysByType {
  return { personal: 0, sick: 0, official: 0, training: 0, other: 0 }
}

/** The subsidy of a month: counted days times the daily rate, in 元 to the 分; null without a rate. */
export function subsidyAmount(countedDays: number, dailySubsidy: number | null): number | null {
  return dailySubsidy === null ? null : Math.round(countedDays * dailySubsidy * 100) / 100
}

/**
 * The annual cap check: the days of this type already asked or granted in the year plus the new ones.
 * Returns the Chinese refusal, or null when within the cap.
 */
export function capRefusal(input: {
  type: LeaveType
  cap: number | null
  year: string
  usedDays: number
  newDays: number
}): string | null {
  if (input.cap === null || input.usedDays + input.newDays <= input.cap) return null
  const label = LEAVE_TYPE_LABELS[input.type]
  return `${label}每年最多 ${input.cap} 天：${input.year} 年已用（含待审批）${input.usedDays} 天，本次 ${input.newDays} 天，超出 ${input.usedDays + input.newDays - input.cap} 天`
}
