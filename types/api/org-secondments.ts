import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, idSchema, skippedField } from './common'
import { postingEndKindSchema, recallReasonSchema } from '../domain/posting'
import { secondmentSchema } from '../domain/secondment'

/** A 挂职 as lists show it: the stored record with the words a person reads. */
export const secondmentViewSchema = secondmentSchema.extend({
  unitName: z.string(),
  levelLabel: z.string(),
  /** 轮换 / 召回调整（不胜任） / 期满, or null while serving. */
  endLabel: z.string().nullable(),
  pastPlannedEnd: z.boolean(),
})
export type SecondmentView = z.infer<typeof secondmentViewSchema>

const positionSchema = z.string().trim().min(1, '请填写挂任职务').max(30, '挂任职务最多 30 字')
const batchSchema = z.string().trim().min(1, '请填写期次').max(20, '期次最多 20 字')

export const orgSecondmentActions = {
  postSecondment: defineAction({
    summary: '安排干部到县或乡镇挂职（挂任职务、期次、任期）',
    access: ['admin'],
    input: z.strictObject({
      unitId: idSchema,
      personId: idSchema,
      position: positionSchema,
      batch: batchSchema,
      startDay: daySchema,
      plannedEndDay: daySchema,
    }),
    output: secondmentViewSchema,
  }),
  endSecondment: defineAction({
    summary: '结束挂职（轮换、召回调整或期满），记录保留',
    access: ['admin'],
    input: z.strictObject({
      secondmentId: idSchema,
      endKind: postingEndKindSchema,
      endDay: daySchema,
      recallReason: recallReasonSchema.optional(),
      note: z.string().trim().max(500, '说明最多 500 字').optional(),
    }),
    output: secondmentViewSchema,
  }),
  listSecondments: defineAction({
    summary: '县、乡镇挂职干部名单：在任与历任（含下级单位）',
    access: ['admin', 'supervisor', 'township_leader'],
    input: z.strictObject({ unitId: idSchema }),
    output: z.object({
      unitId: z.string(),
      unitName: z.string(),
      active: z.array(secondmentViewSchema),
      ended: z.array(secondmentViewSchema),
      ...skippedField,
    }),
  }),
}
