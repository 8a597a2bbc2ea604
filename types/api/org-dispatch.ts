import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, okOutput } from './common'
import {
  contactNameSchema,
  contactPhoneSchema,
  dispatchUnitKindSchema,
  dispatchUnitNameSchema,
  dispatchUnitRowSchema,
} from '../domain/dispatch-unit'
import {
  assessmentGradeSchema,
  assessmentReasonSchema,
  assessmentRowSchema,
  assessmentYearSchema,
} from '../domain/assessment'

const unitFields = {
  name: dispatchUnitNameSchema,
  kind: dispatchUnitKindSchema,
  contactName: contactNameSchema,
  contactPhone: contactPhoneSchema,
}
const unitYear = z.strictObject({ dispatchUnitId: idSchema, year: assessmentYearSchema })

export const dispatchLeaveSchema = z.object({
  id: z.string(),
  personName: z.string(),
  village: z.string(),
  typeLabel: z.string(),
  startDay: z.string(),
  endDay: z.string(),
  days: z.number(),
  statusLabel: z.string(),
})

/** 派出单位 (register, a cadre's unit) and 年度考核; a 派出单位 contact reads only their own unit's cadres. */
export const orgDispatchActions = {
  listDispatchUnits: defineAction({
    summary: '派出单位名册（联系人只看本单位）',
    access: ['admin', 'dispatch_contact'],
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.object({ items: z.array(dispatchUnitRowSchema) }),
  }),
  registerDispatchUnit: defineAction({
    summary: '登记派出单位及其联系人',
    access: ['admin'],
    input: z.strictObject(unitFields),
    output: z.object({ id: z.string() }),
  }),
  updateDispatchUnit: defineAction({
    summary: '修改派出单位及其联系人',
    access: ['admin'],
    input: z.strictObject({ dispatchUnitId: idSchema, ...unitFields }),
    output: okOutput,
  }),
  archiveDispatchUnit: defineAction({
    summary: '归档派出单位（不再选派，历史保留）',
    access: ['admin'],
    input: z.strictObject({ dispatchUnitId: idSchema }),
    output: okOutput,
  }),
  assignDispatchUnit: defineAction({
    summary: '设置驻村干部的派出单位',
    access: ['admin'],
    input: z.strictObject({ personId: idSchema, dispatchUnitId: idSchema.nullable() }),
    output: okOutput,
  }),
  listDispatchLeaves: defineAction({
    summary: '派出单位所派干部的请假记录（某年度）',
    access: ['admin', 'dispatch_contact'],
    input: unitYear,
    output: z.object({ unitName: z.string(), items: z.array(dispatchLeaveSchema) }),
  }),
  getAssessmentSheet: defineAction({
    summary: '年度考核表：每名干部的全年事实与考核等次',
    access: ['admin', 'dispatch_contact'],
    input: unitYear,
    output: z.object({ unitName: z.string(), year: z.number(), rows: z.array(assessmentRowSchema) }),
  }),
  decideAssessment: defineAction({
    summary: '评定年度考核等次（须写明理由）',
    access: ['admin'],
    input: z.strictObject({
      personId: idSchema,
      year: assessmentYearSchema,
      grade: assessmentGradeSchema,
      reason: assessmentReasonSchema,
    }),
    output: okOutput,
  }),
  exportAssessments: defineAction({
    summary: '导出派出单位的年度考核表（xlsx）',
    access: ['admin', 'dispatch_contact'],
    input: unitYear,
    output: z.object({ fileID: z.string(), url: z.string(), fileName: z.string(), rows: z.number() }),
  }),
}
