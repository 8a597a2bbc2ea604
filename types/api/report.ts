import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, monthSchema } from './common'
import { ROLES, SUPERVISING_ROLES } from '../domain/role'
import { HOUSEHOLD_KIND } from '../domain/monitoring'
import { monitoringActions } from './report-monitoring'

const unitRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(['prefecture', 'county', 'township', 'village']),
})

const coverageSchema = z.object({ total: z.number(), visited: z.number(), percent: z.number() })
const kindCoverageSchema = coverageSchema.extend({
  kind: HOUSEHOLD_KIND.schema,
  label: z.string(),
  period: z.string(),
  periodLabel: z.string(),
})
const presenceSchema = z.object({
  cadres: z.number(),
  met: z.number(),
  below: z.number(),
  onLeave: z.number(),
})

/** One child unit of the scope (a county of the 州/市, a township of the county, a village of a township): bars and grid cells. */
const childSchema = z.object({
  id: z.string(),
  name: z.string(),
  coverage: coverageSchema,
  presence: presenceSchema,
  rectOpen: z.number(),
  rectOverdue: z.number(),
})

/** One month of the 12-month trend line. */
const trendPointSchema = z.object({
  month: z.string(),
  coveragePercent: z.number(),
  presenceMetPercent: z.number(),
  rectOpened: z.number(),
  rectClosed: z.number(),
})

export const dashboardSchema = z.object({
  unit: unitRefSchema,
  month: z.string(),
  requiredDays: z.number(),
  /** How leave counts under the county's rules, in words (e.g. 公差/因公外出、培训计入；事假、病假不计入). */
  leaveRule: z.string(),
  presence: presenceSchema,
  /**
   * Visit coverage in 本周期: each household kind with a set period over its own current period
   * (`periodLabel`: 「监测对象 12月 / 脱贫户 第四季度」); `period` is the county grid's, which names exports.
   */
  visits: coverageSchema.extend({
    period: z.string(),
    periodLabel: z.string(),
    /** County and township dashboards: one row per kind (the 州/市's counts per county). */
    byKind: z.array(kindCoverageSchema).optional(),
  }),
  rectify: z.object({
    open: z.number(),
    overdue: z.number(),
    closedThisMonth: z.number(),
    avgCloseDays: z.number().nullable(),
  }),
  notices: z.object({ inWindow: z.number(), objections: z.number() }),
  trend: z.array(trendPointSchema),
  childLevel: z.enum(['county', 'township', 'village']).nullable(),
  children: z.array(childSchema),
})
export type Dashboard = z.infer<typeof dashboardSchema>
export type DashboardChild = z.infer<typeof childSchema>
export type TrendPoint = z.infer<typeof trendPointSchema>

const cadreRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  post: z.string(),
  days: z.number(),
  leaveDays: z.number(),
  met: z.boolean(),
})
export type CadreRow = z.infer<typeof cadreRowSchema>

export const reportApi = {
  getDashboard: defineAction({
    summary: '统计看板：本月在村、走访覆盖、整改、公示，近12个月趋势与下级单位对比',
    access: ROLES,
    input: z.strictObject({ unitId: idSchema.optional(), month: monthSchema.optional() }),
    output: dashboardSchema,
  }),
  listVillageCadres: defineAction({
    summary: '某村驻村干部本月在村天数（按姓名排序，不排名）',
    access: ROLES,
    input: z.strictObject({ villageId: idSchema, month: monthSchema.optional() }),
    output: z.object({
      village: unitRefSchema,
      month: z.string(),
      requiredDays: z.number(),
      cadres: z.array(cadreRowSchema),
    }),
  }),
  exportBundle: defineAction({
    summary: '导出月度材料（驻村记实、走访覆盖、整改台账三张表）',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ unitId: idSchema.optional(), month: monthSchema }),
    output: z.object({
      fileID: z.string(),
      url: z.string(),
      fileName: z.string(),
      rows: z.object({ presence: z.number(), visits: z.number(), rectify: z.number() }),
    }),
  }),
  exportFilingPack: defineAction({
    summary: '导出网信备案材料（功能、个人信息、现行设置及理由、第三方、投诉建议渠道）',
    access: ['admin'],
    input: z.strictObject({}),
    output: z.object({
      fileID: z.string(),
      url: z.string(),
      fileName: z.string(),
      counts: z.object({
        functions: z.number(),
        personalInfo: z.number(),
        fields: z.number(),
        settings: z.number(),
      }),
    }),
  }),
  ...monitoringActions,
}
