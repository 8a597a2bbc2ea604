import { z } from '../zod'
import { defineAction } from './define'
import { countItemSchema, idSchema, skippedField } from './common'
import { ROLES, SUPERVISING_ROLES } from '../domain/role'

const unitRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(['county', 'township', 'village']),
})

/** The figures of one place: the whole scope, or one child unit in the drill-down. */
export const monitorFiguresSchema = z.object({
  /** 监测对象 now (纳入 confirmed, risk not yet cleared). */
  monitored: z.number(),
  /** Open cases (识别纳入 and 风险消除) still waiting at a step. */
  open: z.number(),
  /** Open cases whose current step is past its due day. */
  overdue: z.number(),
  /** 风险消除 confirmed this calendar year. */
  resolvedThisYear: z.number(),
  /**
   * Households whose latest 人均纯收入 from visits is below the county's 监测标准 and that have no
   * 帮扶措施 under way (none, or all 已落实).
   */
  withoutMeasure: z.number(),
})
export type MonitorFigures = z.infer<typeof monitorFiguresSchema>

const childSchema = monitorFiguresSchema.extend({ id: z.string(), name: z.string() })
export type MonitorChild = z.infer<typeof childSchema>

export const monitoringDashboardSchema = z.object({
  unit: unitRefSchema,
  year: z.string(),
  today: z.string(),
  /** The county's 监测标准 (元/人·年) the figures hold incomes against. */
  incomeLine: z.number(),
  figures: monitorFiguresSchema,
  /** 监测对象 by type (脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户). */
  byType: z.array(countItemSchema),
  /** Open cases by kind and step, e.g. key `inclusion.township_review`, label 识别纳入·乡镇审核. */
  bySteps: z.array(countItemSchema),
  /** Measures of the scope by status, and how many are past their planned day. */
  measures: z.object({ byStatus: z.array(countItemSchema), behind: z.number() }),
  childLevel: z.enum(['township', 'village']).nullable(),
  children: z.array(childSchema),
})
export type MonitoringDashboard = z.infer<typeof monitoringDashboardSchema>

export const monitoredRowSchema = z.object({
  householdId: z.string(),
  headName: z.string(),
  kindLabel: z.string(),
  typeLabel: z.string(),
  risks: z.array(z.string()),
  /** The open case's kind and step (识别纳入·乡镇审核), or '' when none is open. */
  stepLabel: z.string(),
  stepDueDay: z.string().nullable(),
  overdue: z.boolean(),
  measures: z.number(),
  measuresDone: z.number(),
  resolvedDay: z.string().nullable(),
})
export type MonitoredRow = z.infer<typeof monitoredRowSchema>

/** The monitoring dashboard, the village list it drills down to, and the national-layout export. */
export const monitoringActions = {
  getMonitoring: defineAction({
    summary: '防返贫监测看板：监测对象类型与环节、超期环节、本年风险消除、无帮扶措施户，可下钻到乡镇和村',
    access: ROLES,
    input: z.strictObject({ unitId: idSchema.optional() }),
    output: monitoringDashboardSchema,
  }),
  listMonitoredHouseholds: defineAction({
    summary: '某村的监测户名单：类型、风险、当前环节与期限、帮扶措施数（姓名脱敏）',
    access: ROLES,
    input: z.strictObject({ villageId: idSchema }),
    output: z.object({ village: unitRefSchema, rows: z.array(monitoredRowSchema), ...skippedField }),
  }),
  exportMonitoring: defineAction({
    summary: '导出防返贫监测帮扶信息（全国防返贫监测信息系统交换格式，一户一行，身份证号脱敏）',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ unitId: idSchema.optional() }),
    output: z.object({ fileID: z.string(), url: z.string(), fileName: z.string(), rows: z.number() }),
  }),
}
