import { z } from '../zod'
import {
  CASE_KIND,
  CASE_SOURCE,
  CASE_STEP,
  MONITOR_TYPE,
  RISK_TYPE,
  WARNING_DEPARTMENT,
} from '../domain/monitoring'

/** Views of the monitor function: a case in a list, and in full with its history and the step to take. */
const iso = z.string()

export const caseSummarySchema = z.object({
  id: z.string(),
  householdId: z.string(),
  headName: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  kind: CASE_KIND.schema,
  kindLabel: z.string(),
  source: CASE_SOURCE.schema,
  sourceLabel: z.string(),
  step: CASE_STEP.schema,
  stepLabel: z.string(),
  monitorType: MONITOR_TYPE.schema.nullable(),
  monitorTypeLabel: z.string().nullable(),
  riskLabels: z.array(z.string()),
  stepDueDay: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: iso,
})
export type CaseSummary = z.infer<typeof caseSummarySchema>

export const caseHistorySchema = z.object({
  stepLabel: z.string(),
  outcome: z.enum(['passed', 'rejected', 'started']),
  outcomeLabel: z.string(),
  byName: z.string(),
  at: iso,
  note: z.string(),
})

export const caseDetailSchema = caseSummarySchema.extend({
  risks: z.array(RISK_TYPE.schema),
  incomePerCapita: z.number().nullable(),
  rigidExpense: z.number().nullable(),
  income: z.object({
    line: z.number(),
    lineYear: z.number(),
    position: z.enum(['below', 'above', 'unknown']),
    needsReason: z.boolean(),
    text: z.string(),
  }),
  /** The village review's 公示: its window, and how many objections villagers sent through it. */
  notice: z
    .object({
      noticeId: z.string(),
      startDay: z.string(),
      endDay: z.string(),
      open: z.boolean(),
      objections: z.number(),
    })
    .nullable(),
  history: z.array(caseHistorySchema),
  /** The step the caller may take now, or why not; null once the case is final. */
  action: z.object({ label: z.string(), allowed: z.boolean(), why: z.string().nullable() }).nullable(),
})
export type CaseDetail = z.infer<typeof caseDetailSchema>

export const riskListSchema = z
  .array(RISK_TYPE.schema)
  .min(1, '请至少选择一项风险类型')
  .max(RISK_TYPE.keys.length)
  .refine((r) => new Set(r).size === r.length, '风险类型不能重复')

/** 元/年, whole yuan. */
export const yuanSchema = z
  .number()
  .int('金额须为整数元')
  .min(0, '金额不能为负')
  .max(1000000, '金额超出合理范围')

export const noteSchema = z.string().trim().min(2, '请填写意见（至少 2 个字）').max(500, '意见不超过 500 字')

export const warningDepartmentSchema = WARNING_DEPARTMENT.schema

export const importOutcomeSchema = z.object({
  total: z.number(),
  created: z.number(),
  /** Rows of households that already have an open 识别纳入 case or are already monitored. */
  existing: z.number(),
  unmatched: z.array(z.object({ line: z.number(), idMasked: z.string(), reason: z.string() })),
  /** The name the file had on the user's phone or computer. */
  fileName: z.string(),
  /** What the import did in one sentence, saying so when it wrote nothing. */
  outcome: z.string(),
})
