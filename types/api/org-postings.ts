import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, idSchema, skippedField } from './common'
import { postingEndKindSchema, postingSchema, recallReasonSchema, teamRoleSchema } from '../domain/posting'

/** A posting as lists show it: the stored record with the words a person reads. */
export const postingViewSchema = postingSchema.extend({
  villageName: z.string(),
  teamRoleLabel: z.string(),
  /** 轮换 / 召回调整（不胜任） / 期满, or null while active. */
  endLabel: z.string().nullable(),
  successorName: z.string().nullable(),
  /** Active and past its planned end: a fact the 排查 list shows too. */
  pastPlannedEnd: z.boolean(),
})
export type PostingView = z.infer<typeof postingViewSchema>

const batchSchema = z.string().trim().min(1, '请填写期次').max(20, '期次最多 20 字')
const noteSchema = z.string().trim().max(500, '说明最多 500 字')

/** Who takes over: an existing posting in the same village, or a new one with its own term. */
export const successorInput = z.strictObject({
  personId: idSchema,
  batch: batchSchema,
  plannedEndDay: daySchema,
})

export const handoverPreviewSchema = z.object({
  postingId: z.string(),
  personName: z.string(),
  /** Who receives: the successor, else the 队长; null when nobody can (the end is refused). */
  receiver: z.object({ id: z.string(), name: z.string(), why: z.string() }).nullable(),
  households: z.array(z.object({ id: z.string(), headName: z.string() })),
  items: z.array(z.object({ id: z.string(), problem: z.string() })),
  notices: z.array(z.object({ id: z.string(), title: z.string() })),
  /** What cannot be moved and needs a word with the cadre (drafts on their phone, items not dispatched). */
  warnings: z.array(z.string()),
})
export type HandoverPreview = z.infer<typeof handoverPreviewSchema>

export const handoverResultSchema = z.object({
  receiverId: z.string(),
  receiverName: z.string(),
  households: z.number().int().min(0),
  items: z.number().int().min(0),
  notices: z.number().int().min(0),
  warnings: z.array(z.string()),
})
export type HandoverResult = z.infer<typeof handoverResultSchema>

export const endPostingInput = z.strictObject({
  postingId: idSchema,
  endKind: postingEndKindSchema,
  endDay: daySchema,
  recallReason: recallReasonSchema.optional(),
  note: noteSchema.optional(),
  successor: successorInput.optional(),
})

export const orgPostingActions = {
  postCadre: defineAction({
    summary: '选派干部到村工作队（队长/队员、期次、任期）',
    access: ['admin'],
    input: z.strictObject({
      villageId: idSchema,
      personId: idSchema,
      teamRole: teamRoleSchema,
      batch: batchSchema,
      startDay: daySchema,
      plannedEndDay: daySchema,
    }),
    output: postingViewSchema,
  }),
  listTeam: defineAction({
    summary: '村工作队：在任队长、队员与历任',
    access: ['admin', 'supervisor', 'township_leader'],
    input: z.strictObject({ villageId: idSchema }),
    output: z.object({
      villageId: z.string(),
      villageName: z.string(),
      active: z.array(postingViewSchema),
      ended: z.array(postingViewSchema),
      ...skippedField,
    }),
  }),
  listPersonPostings: defineAction({
    summary: '个人驻村任职经历（含已结束的任职）：本人，或范围内的管理、督查、乡镇领导',
    access: 'bound',
    input: z.strictObject({ personId: idSchema }),
    output: z.object({
      personId: z.string(),
      personName: z.string(),
      items: z.array(postingViewSchema),
      ...skippedField,
    }),
  }),
  previewHandover: defineAction({
    summary: '结束任职前预览移交：结对户、整改事项、公示与提醒',
    access: ['admin'],
    input: z.strictObject({ postingId: idSchema, successorId: idSchema.optional() }),
    output: handoverPreviewSchema,
  }),
  backfillPostings: defineAction({
    summary: '按现有驻村干部名单一次性生成工作队任职（已有任职的人不变）',
    access: ['admin'],
    input: z.strictObject({ batch: batchSchema, startDay: daySchema, plannedEndDay: daySchema }),
    output: z.object({ created: z.number().int().min(0), leaders: z.number().int().min(0) }),
  }),
  endPosting: defineAction({
    summary: '结束任职（轮换、召回调整或期满），一次完成移交',
    access: ['admin'],
    input: endPostingInput,
    output: z.object({ posting: postingViewSchema, handover: handoverResultSchema }),
  }),
}
