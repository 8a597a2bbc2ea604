import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, idSchema } from './common'
import { SUPERVISING_ROLES, VILLAGE_ROLES } from '../domain/role'
import { reviewLevelSchema, reviewResultSchema, reviewVotesSchema } from '../domain/duty-review'

const fileIdSchema = z.string().min(1).max(300)

export const reviewSessionViewSchema = z.object({
  id: z.string(),
  level: reviewLevelSchema,
  levelLabel: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  date: z.string(),
  title: z.string(),
  attendees: z.array(z.string()),
  createdByName: z.string(),
  entries: z.number(),
})
export type ReviewSessionView = z.infer<typeof reviewSessionViewSchema>

export const reviewEntryViewSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  date: z.string(),
  personId: z.string(),
  personName: z.string(),
  reportText: z.string(),
  reportFileId: z.string().nullable(),
  /** The 述职 file to open: its name as uploaded and a temporary link (empty when storage refuses one). */
  reportFile: z.object({ name: z.string(), url: z.string() }).nullable(),
  result: reviewResultSchema,
  resultLabel: z.string(),
  votes: reviewVotesSchema.nullable(),
  recordedByName: z.string(),
})
export type ReviewEntryView = z.infer<typeof reviewEntryViewSchema>

export const presenceReviewActions = {
  createReviewSession: defineAction({
    summary: '述职评议会：日期、层级（乡镇或县）、参会人员',
    access: ['admin', 'township_leader'],
    input: z.strictObject({
      level: reviewLevelSchema,
      unitId: idSchema,
      date: daySchema,
      title: z.string().trim().min(2, '请填写会议名称').max(60, '会议名称不超过 60 字'),
      attendees: z
        .array(z.string().trim().min(1, '参会人员姓名不能为空').max(20, '参会人员姓名不超过 20 字'))
        .min(1, '请填写参会人员')
        .max(100, '参会人员不超过 100 人'),
    }),
    output: reviewSessionViewSchema,
  }),
  listReviewSessions: defineAction({
    summary: '范围内的述职评议会',
    access: SUPERVISING_ROLES,
    input: z.strictObject({}),
    output: z.object({ items: z.array(reviewSessionViewSchema) }),
  }),
  getReviewSession: defineAction({
    summary: '一次述职评议会：已录入的述职与评议结果，可录入的驻村干部',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ sessionId: idSchema }),
    output: z.object({
      session: reviewSessionViewSchema,
      entries: z.array(reviewEntryViewSchema),
      cadres: z.array(z.object({ personId: z.string(), name: z.string(), villageName: z.string() })),
      canRecord: z.boolean(),
    }),
  }),
  recordReview: defineAction({
    summary: '录入一名驻村干部的述职（文字或文件）与评议结果（好/较好/一般/差，可附票数）',
    access: ['admin', 'township_leader'],
    input: z.strictObject({
      sessionId: idSchema,
      personId: idSchema,
      reportText: z.string().trim().max(2000, '述职内容不超过 2000 字').default(''),
      reportFileId: fileIdSchema.optional(),
      result: reviewResultSchema,
      votes: reviewVotesSchema.optional(),
    }),
    output: reviewEntryViewSchema,
  }),
  listMyReviews: defineAction({
    summary: '本人的述职评议结果',
    access: VILLAGE_ROLES,
    input: z.strictObject({}),
    output: z.object({ items: z.array(reviewEntryViewSchema) }),
  }),
}
