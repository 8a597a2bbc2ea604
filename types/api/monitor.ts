import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, pageInput, skippedField } from './common'
import { importFileIdSchema } from './imports'
import { CASE_KIND, CASE_STEP, MONITOR_TYPE } from '../domain/monitoring'
import type { Role } from '../domain/role'
import {
  caseDetailSchema,
  caseSummarySchema,
  importOutcomeSchema,
  noteSchema,
  riskListSchema,
  warningDepartmentSchema,
  yuanSchema,
} from './monitor-schemas'

/** Everyone who works on monitoring sees the cases of their scope. */
const CASE_READERS: readonly Role[] = [
  'admin',
  'supervisor',
  'township_leader',
  'resident_cadre',
  'village_cadre',
  'pairing_cadre',
]
/** Every step's decider; the handler checks the step's own role and scope. */
const DECIDERS: readonly Role[] = ['admin', 'township_leader', 'resident_cadre', 'village_cadre']
/** Cadres at the village: they take a household's application and hand out its code. */
const VILLAGE_CADRES: readonly Role[] = ['resident_cadre', 'village_cadre', 'pairing_cadre']
/** Warning lists come to the county and the townships. */
const IMPORTERS: readonly Role[] = ['admin', 'township_leader']

export const monitorApi = {
  listCases: defineAction({
    summary: '监测事项列表',
    access: CASE_READERS,
    input: z.strictObject({
      step: CASE_STEP.schema.optional(),
      kind: CASE_KIND.schema.optional(),
      overdueOnly: z.boolean().default(false),
      ...pageInput,
    }),
    output: z.object({ items: z.array(caseSummarySchema), total: z.number(), ...skippedField }),
  }),
  getCase: defineAction({
    summary: '监测事项详情',
    access: CASE_READERS,
    input: z.strictObject({ caseId: idSchema }),
    output: caseDetailSchema,
  }),
  decideStep: defineAction({
    summary: '办理当前环节',
    access: DECIDERS,
    input: z.strictObject({
      caseId: idSchema,
      outcome: z.enum(['pass', 'reject']),
      note: noteSchema,
      /** The village review settles the type, the risks and the income it verified. */
      monitorType: MONITOR_TYPE.schema.optional(),
      risks: riskListSchema.optional(),
      incomePerCapita: yuanSchema.optional(),
      rigidExpense: yuanSchema.optional(),
      incomeReason: z.string().trim().max(300, '理由不超过 300 字').default(''),
    }),
    output: caseDetailSchema,
  }),
  recordApplication: defineAction({
    summary: '代农户登记申报',
    access: VILLAGE_CADRES,
    input: z.strictObject({
      householdId: idSchema,
      risks: riskListSchema,
      incomePerCapita: yuanSchema.optional(),
      rigidExpense: yuanSchema.optional(),
      note: noteSchema,
    }),
    output: z.object({ caseId: z.string() }),
  }),
  startClearance: defineAction({
    summary: '发起风险消除',
    access: VILLAGE_CADRES,
    input: z.strictObject({
      householdId: idSchema,
      incomePerCapita: yuanSchema,
      rigidExpense: yuanSchema.optional(),
      note: noteSchema,
    }),
    output: z.object({ caseId: z.string() }),
  }),
  issueApplyCode: defineAction({
    summary: '生成申报验证码',
    access: VILLAGE_CADRES,
    input: z.strictObject({ householdId: idSchema }),
    output: z.object({ code: z.string(), expiresAt: z.string(), headName: z.string() }),
  }),
  submitApplication: defineAction({
    summary: '农户自主申报',
    access: 'public',
    input: z.strictObject({
      villageCode: z.string().regex(/^\d{6,20}$/, '村编码不正确'),
      idNumber: z.string().trim().min(15, '请填写户主身份证号').max(20, '身份证号不正确'),
      phone: z.string().trim().min(11, '请填写手机号').max(20, '手机号不正确'),
      code: z.string().trim().min(4, '请填写验证码').max(12, '验证码不正确'),
      risks: riskListSchema,
      incomePerCapita: yuanSchema.optional(),
      rigidExpense: yuanSchema.optional(),
      text: z.string().trim().min(2, '请说明遇到的困难').max(500, '说明不超过 500 字'),
    }),
    output: z.object({ caseId: z.string(), villageName: z.string() }),
  }),
  importWarnings: defineAction({
    summary: '导入部门预警名单',
    access: IMPORTERS,
    input: z.strictObject({
      department: warningDepartmentSchema,
      /** The department's xlsx, uploaded for the purpose `import`. */
      fileID: importFileIdSchema,
    }),
    output: importOutcomeSchema,
  }),
  getWarningTemplate: defineAction({
    summary: '下载部门预警名单模板（xlsx）',
    access: IMPORTERS,
    input: z.strictObject({}),
    output: z.object({ fileID: z.string(), tempUrl: z.string(), fileName: z.string() }),
  }),
}
