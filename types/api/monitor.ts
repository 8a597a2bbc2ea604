import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, pageInput, skippedField } from './common'
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
    summary: '范围内的防返贫监测事项（识别纳入与风险消除），可按环节、类别与逾期筛选',
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
    summary: '监测事项详情：收入与监测标准、公示与异议、各环节记录、本人可办理的环节',
    access: CASE_READERS,
    input: z.strictObject({ caseId: idSchema }),
    output: caseDetailSchema,
  }),
  decideStep: defineAction({
    summary: '办理当前环节（村级评议、乡镇审核、县级确认）：通过或不通过，须写明意见',
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
    summary: '村里代农户登记自主申报（进入待评议）',
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
    summary: '发起风险消除（监测对象风险已消除、收入稳定时）',
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
    summary: '为农户生成自主申报验证码（在村里当面交给户主，记入审计日志）',
    access: VILLAGE_CADRES,
    input: z.strictObject({ householdId: idSchema }),
    output: z.object({ code: z.string(), expiresAt: z.string(), headName: z.string() }),
  }),
  submitApplication: defineAction({
    summary: '农户自主申报（本村公开页，凭身份证号、手机号与村里给的验证码）',
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
    summary: '导入部门预警名单（按身份证号匹配农户，进入所在村的待评议）',
    access: IMPORTERS,
    input: z.strictObject({
      department: warningDepartmentSchema,
      text: z.string().min(1, '请粘贴预警名单').max(200000, '名单过长，请分批导入'),
    }),
    output: importOutcomeSchema,
  }),
}
