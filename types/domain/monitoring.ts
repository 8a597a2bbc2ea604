import { z } from '../zod'

/**
 * 防止返贫动态监测 (2026). The registry holds 脱贫户, 监测对象 and 一般农户; 监测对象 have a type. A case
 * (识别纳入 or 风险消除) moves through 村级评议 → 乡镇审核 → 县级确认, each step a person's written note.
 */
function labelled<K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]]
  return { schema: z.enum(keys), labels, keys }
}

export const HOUSEHOLD_KIND = labelled({ lifted: '脱贫户', monitored: '监测对象', ordinary: '一般农户' })
export type HouseholdKind = z.infer<typeof HOUSEHOLD_KIND.schema>

export const MONITOR_TYPE = labelled({
  unstable: '脱贫不稳定户',
  edge: '边缘易致贫户',
  sudden: '突发严重困难户',
})
export type MonitorType = z.infer<typeof MONITOR_TYPE.schema>

/** The standard risk list (风险类型). */
export const RISK_TYPE = labelled({
  illness: '因病',
  disability: '因残',
  schooling: '因学',
  disaster: '因灾',
  accident: '因意外事故',
  industry_failure: '因产业项目失败',
  unstable_work: '因务工就业不稳',
  labour_shortage: '缺劳动力',
  housing: '住房出现安全问题',
  drinking_water: '饮水安全问题',
  other: '其他',
})
export type RiskType = z.infer<typeof RISK_TYPE.schema>

/** 帮扶措施 types. */
export const MEASURE_TYPE = labelled({
  industry: '产业帮扶',
  employment: '就业帮扶',
  public_post: '公益岗位',
  medical: '医疗保障',
  education: '教育资助',
  minimum_living: '低保/特困供养',
  temporary_relief: '临时救助',
  microcredit: '小额信贷',
  housing: '住房改造',
  drinking_water: '饮水安全',
  other: '其他',
})
export type MeasureType = z.infer<typeof MEASURE_TYPE.schema>

/** Where a case came from: 干部排查 (a visit), 农户自主申报, 部门筛查预警. */
export const CASE_SOURCE = labelled({ visit: '干部排查', self: '农户自主申报', department: '部门筛查预警' })
export type CaseSource = z.infer<typeof CASE_SOURCE.schema>

/** Departments that send warning lists, matched by ID number. */
export const WARNING_DEPARTMENT = labelled({
  medical_insurance: '医保',
  civil_affairs: '民政',
  disabled_federation: '残联',
  education: '教育',
  housing: '住建',
  human_resources: '人社',
})
export type WarningDepartment = z.infer<typeof WARNING_DEPARTMENT.schema>

export const CASE_KIND = labelled({ inclusion: '识别纳入', clearance: '风险消除' })
export type CaseKind = z.infer<typeof CASE_KIND.schema>

/** The step a case waits at; `done` and `rejected` are final. */
export const CASE_STEP = labelled({
  candidate: '待评议',
  village_review: '村级评议',
  township_review: '乡镇审核',
  county_confirm: '县级确认',
  done: '已完成',
  rejected: '未通过',
})
export type CaseStep = z.infer<typeof CASE_STEP.schema>

export const MEASURE_STATUS = labelled({ planned: '计划中', in_progress: '实施中', done: '已落实' })
export type MeasureStatus = z.infer<typeof MEASURE_STATUS.schema>
