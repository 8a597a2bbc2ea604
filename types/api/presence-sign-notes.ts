import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, idSchema } from './common'
import { SUPERVISING_ROLES } from '../domain/role'

/** The cadre's own explanation of the signs on one of their days. */
export const signNoteViewSchema = z.object({ text: z.string(), at: z.string() })
/** A person looked at the day's signs: kept (they go on the monthly record) or cleared. */
export const signReviewViewSchema = z.object({
  kept: z.boolean(),
  comment: z.string(),
  byName: z.string(),
  at: z.string(),
})

const signDayOutput = z.object({
  personId: z.string(),
  day: z.string(),
  signNote: signNoteViewSchema.nullable(),
  signReview: signReviewViewSchema.nullable(),
})

export const presenceSignActions = {
  explainSigns: defineAction({
    summary: '干部对本人某天的建议核实事项补充说明（只能说明自己的记录）',
    access: 'bound',
    input: z.strictObject({ day: daySchema, text: z.string().trim().min(1, '请填写说明').max(300) }),
    output: signDayOutput,
  }),
  reviewSigns: defineAction({
    summary: '督查核实某干部某天的建议核实事项：保留（进入月度记录）或排除，须写意见并通知本人',
    access: SUPERVISING_ROLES,
    input: z.strictObject({
      personId: idSchema,
      day: daySchema,
      kept: z.boolean(),
      comment: z.string().trim().min(1, '请填写核实意见').max(300),
    }),
    output: signDayOutput,
  }),
}
