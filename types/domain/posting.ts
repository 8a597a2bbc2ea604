import { z } from '../zod'

/**
 * A posting (驻村任职): one cadre in one village's 工作队 for one term. History stays: an ended posting is
 * kept with how it ended. A village's team is its active postings; the 队长 approves leave first.
 */
export const TEAM_ROLES = ['leader', 'member'] as const
export const teamRoleSchema = z.enum(TEAM_ROLES)
export type TeamRole = z.infer<typeof teamRoleSchema>
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = { leader: '队长', member: '队员' }

export const POSTING_END_KINDS = ['rotation', 'recall', 'completion'] as const
export const postingEndKindSchema = z.enum(POSTING_END_KINDS)
export type PostingEndKind = z.infer<typeof postingEndKindSchema>
export const POSTING_END_LABELS: Record<PostingEndKind, string> = {
  rotation: '轮换',
  recall: '召回调整',
  completion: '期满',
}

/** 召回调整 reasons as the seeds give them (004: 岗位变化, 不胜任, 长期不在岗, 派驻关系不符). */
export const RECALL_REASONS = ['post_changed', 'unfit', 'long_absent', 'relation_mismatch', 'other'] as const
export const recallReasonSchema = z.enum(RECALL_REASONS)
export type RecallReason = z.infer<typeof recallReasonSchema>
export const RECALL_REASON_LABELS: Record<RecallReason, string> = {
  post_changed: '岗位变化',
  unfit: '不胜任',
  long_absent: '长期不在岗',
  relation_mismatch: '派驻关系不符',
  other: '其他',
}

export const postingSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  villageId: z.string(),
  /** The village's path (prefecture … village), so scope checks and county lists are one index read. */
  unitPath: z.array(z.string()),
  teamRole: teamRoleSchema,
  dispatchUnitId: z.string().nullable(),
  /** 期次, e.g. 第三批. */
  batch: z.string().max(20),
  startDay: z.string(),
  plannedEndDay: z.string(),
  status: z.enum(['active', 'ended']),
  endedDay: z.string().nullable(),
  endKind: postingEndKindSchema.nullable(),
  recallReason: recallReasonSchema.nullable(),
  endNote: z.string().nullable(),
  successorId: z.string().nullable(),
})
export type Posting = z.infer<typeof postingSchema>
