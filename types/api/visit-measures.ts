import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'
import type { Role } from '../domain/role'
import { MEASURE_STATUS, MEASURE_TYPE } from '../domain/monitoring'
import { measureNoteSchema, newMeasureSchema } from '../domain/household-measure'

/** Who records and follows measures: the village team, pairing cadres and overseers (scope on the server). */
const MEASURE_ROLES: readonly Role[] = [
  'admin',
  'supervisor',
  'township_leader',
  'resident_cadre',
  'village_cadre',
  'pairing_cadre',
]

export const measureSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  type: MEASURE_TYPE.schema,
  typeLabel: z.string(),
  responsibleId: z.string(),
  responsibleName: z.string(),
  startDay: z.string(),
  plannedDay: z.string(),
  status: MEASURE_STATUS.schema,
  statusLabel: z.string(),
  note: z.string(),
  /** Not yet 已落实 and past its planned day. */
  behind: z.boolean(),
  createdByName: z.string(),
  updatedAt: z.string(),
})
export type MeasureView = z.infer<typeof measureSchema>

const assignableSchema = z.object({ id: z.string(), name: z.string(), role: z.string() })
export type AssignablePerson = z.infer<typeof assignableSchema>

/** The measure actions of the `visit` function (it owns the work on households). */
export const measureActions = {
  addMeasure: defineAction({
    summary: '为农户添加帮扶措施（类型、责任人、开始与计划完成日期、说明），并通知责任人',
    access: MEASURE_ROLES,
    input: z.strictObject({ householdId: idSchema, measure: newMeasureSchema }),
    output: z.object({ measure: measureSchema }),
  }),
  updateMeasureStatus: defineAction({
    summary: '更新帮扶措施进度（计划中 → 实施中 → 已落实），附说明',
    access: MEASURE_ROLES,
    input: z.strictObject({
      measureId: idSchema,
      status: MEASURE_STATUS.schema,
      note: measureNoteSchema.default(''),
    }),
    output: z.object({ measure: measureSchema }),
  }),
  listMeasures: defineAction({
    summary: '某户的帮扶措施，以及可指定的责任人（本村及上级的干部）',
    access: 'bound',
    input: z.strictObject({ householdId: idSchema }),
    output: z.object({
      measures: z.array(measureSchema),
      mayManage: z.boolean(),
      /** The caller's person id: a responsible person moves their own measures. */
      meId: z.string(),
      assignable: z.array(assignableSchema),
    }),
  }),
}
