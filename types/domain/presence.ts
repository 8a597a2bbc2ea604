import { z } from '../zod'

/** A sign worth checking (建议核实): shown to supervisors with its reason, never a penalty. */
export const SIGN_KINDS = ['accuracy_zero', 'same_spot', 'too_fast', 'shared_device'] as const
export const signKindSchema = z.enum(SIGN_KINDS)
export type SignKind = z.infer<typeof signKindSchema>
export const SIGN_LABELS: Record<SignKind, string> = {
  accuracy_zero: '定位精度为 0',
  same_spot: '多日坐标完全相同',
  too_fast: '移动速度异常',
  shared_device: '一机多人使用',
}
export const signSchema = z.object({ kind: signKindSchema, reason: z.string() })
export type Sign = z.infer<typeof signSchema>

export const coordTypeSchema = z.enum(['gcj02', 'wgs84'])
export const slotSchema = z.enum(['am', 'pm'])

/** Per-county presence policy. Defaults follow the 2024 减负 rules: once a day, photo optional. */
export const policyRulesSchema = z.object({
  requiredDays: z.number().int().min(1).max(31),
  checkInsPerDay: z.union([z.literal(1), z.literal(2)]),
  photoRequired: z.boolean(),
})
export type PolicyRules = z.infer<typeof policyRulesSchema>
export const DEFAULT_POLICY: PolicyRules = { requiredDays: 20, checkInsPerDay: 1, photoRequired: false }

/** The parts of `next` that ask more of cadres than `current` does; each needs a written reason. */
export function stricterParts(current: PolicyRules, next: PolicyRules): string[] {
  const parts: string[] = []
  if (next.requiredDays > current.requiredDays)
    parts.push(`每月在村天数由 ${current.requiredDays} 天提高到 ${next.requiredDays} 天`)
  if (next.checkInsPerDay > current.checkInsPerDay) parts.push('每日签到改为上午、下午各一次')
  if (next.photoRequired && !current.photoRequired) parts.push('签到须附现场照片')
  return parts
}

/** Stricter than the default at all: the policy then shows its reason to every cadre. */
export function isStrictPolicy(rules: PolicyRules): boolean {
  return stricterParts(DEFAULT_POLICY, rules).length > 0
}

export const LEAVE_TYPES = ['personal', 'sick', 'official', 'training', 'other'] as const
export const leaveTypeSchema = z.enum(LEAVE_TYPES, {
  message: '请假类型须为事假、病假、公差/因公外出、培训或其他',
})
export type LeaveType = z.infer<typeof leaveTypeSchema>
export const LEAVE_TYPE_LABELS: Record<LeaveType, string> = {
  personal: '事假',
  sick: '病假',
  official: '公差/因公外出',
  training: '培训',
  other: '其他',
}

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'returned'] as const
export const leaveStatusSchema = z.enum(LEAVE_STATUSES)
export type LeaveStatus = z.infer<typeof leaveStatusSchema>
export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  returned: '已销假',
}

/** Who approves: ≤ 3 days the township party committee, longer the county organization department. */
export const TOWNSHIP_LEAVE_MAX_DAYS = 3
/** The levels of an approval chain: the 队长 first where a team exists, the 市 last for cadres it sent. */
export const APPROVER_LEVELS = ['team', 'township', 'county', 'city'] as const
export type ApproverLevel = (typeof APPROVER_LEVELS)[number]
export function approverLevelFor(days: number): 'township' | 'county' {
  return days <= TOWNSHIP_LEAVE_MAX_DAYS ? 'township' : 'county'
}
export const APPROVER_LABELS: Record<ApproverLevel, string> = {
  team: '工作队队长',
  township: '乡镇党委',
  county: '县委组织部',
  city: '市委组织部',
}

/**
 * The approval chain of a leave: the 队长 (where the village's team has one, and it is not the cadre),
 * then the township or county by duration, then the 市 when a 市直 unit sent the cadre and a prefecture
 * sits above the county.
 */
export function leaveChain(input: {
  days: number
  teamLeader: boolean
  citySent: boolean
  prefecture: boolean
}): ApproverLevel[] {
  return [
    ...(input.teamLeader ? (['team'] as const) : []),
    approverLevelFor(input.days),
    ...(input.citySent && input.prefecture ? (['city'] as const) : []),
  ]
}

/** A leave that excuses days: approved, or approved and closed by 销假 (then up to the return day). */
export function excusedRange(leave: {
  status: LeaveStatus
  startDay: string
  endDay: string
  returnedDay?: string | null
}): { start: string; end: string } | null {
  if (leave.status === 'approved') return { start: leave.startDay, end: leave.endDay }
  if (leave.status === 'returned') {
    const end = leave.returnedDay && leave.returnedDay < leave.endDay ? leave.returnedDay : leave.endDay
    return end >= leave.startDay ? { start: leave.startDay, end } : null
  }
  return null
}

/**
 * The rule for unexplained absences found by spot checks: a suggestion for a person to confirm,
 * never applied automatically.
 */
export function ratingSuggestion(unexcusedAbsences: number): string | null {
  if (unexcusedAbsences <= 0) return null
  if (unexcusedAbsences === 1) return '不能评为优秀'
  if (unexcusedAbsences === 2) return '基本称职'
  return '不称职'
}

/** An offline capture sent more than this after it was made is marked "synced late". */
export const LATE_SYNC_MS = 2 * 60 * 60 * 1000
/** Older captures are refused: a week is long enough for any stretch without signal. */
export const MAX_OFFLINE_AGE_MS = 7 * 24 * 60 * 60 * 1000
