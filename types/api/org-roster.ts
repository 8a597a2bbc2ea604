import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, skippedField } from './common'
import { rosterDecisionSchema, rosterSignSchema } from '../domain/roster-review'
import { recallReasonSchema } from '../domain/posting'
import { successorInput, handoverResultSchema } from './org-postings'

export const rosterDecisionViewSchema = z.object({
  id: z.string(),
  decision: rosterDecisionSchema,
  decisionLabel: z.string(),
  reason: z.string(),
  decidedByName: z.string(),
  decidedAt: z.string(),
})

/** One case of the 排查: a cadre (or a village without a 第一书记) and the facts behind it. */
export const rosterCaseSchema = z.object({
  /** Stable per sign and subject, so a decision attaches to it. */
  key: z.string(),
  sign: rosterSignSchema,
  signLabel: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  postingId: z.string().nullable(),
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  /** The facts, in words: dates and counts, never a score. */
  facts: z.string(),
  /** The latest decision on this case since its facts arose, or null while open. */
  decision: rosterDecisionViewSchema.nullable(),
})
export type RosterCase = z.infer<typeof rosterCaseSchema>

export const orgRosterActions = {
  listRosterReview: defineAction({
    summary: '排查：有待决定情形的驻村干部与村',
    access: ['admin'],
    input: z.strictObject({}),
    output: z.object({
      day: z.string(),
      open: z.array(rosterCaseSchema),
      decided: z.array(rosterCaseSchema),
      ...skippedField,
    }),
  }),
  decideRosterCase: defineAction({
    summary: '排查决定：保留、调整或召回调整（须写明理由）',
    access: ['admin'],
    input: z.strictObject({
      key: z.string().min(1).max(120),
      decision: rosterDecisionSchema,
      reason: z.string().trim().min(2, '请写明理由').max(500, '理由最多 500 字'),
      /** 调整: a new planned end for the posting (the term is extended or shortened). */
      plannedEndDay: daySchema.optional(),
      /** 召回调整: runs the end of the posting with its handover. */
      recallReason: recallReasonSchema.optional(),
      successor: successorInput.optional(),
    }),
    output: z.object({
      id: z.string(),
      handover: handoverResultSchema.nullable(),
    }),
  }),
}
