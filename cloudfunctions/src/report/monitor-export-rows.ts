import {
  CASE_KIND,
  CASE_SOURCE,
  CASE_STEP,
  HOUSEHOLD_KIND,
  MEASURE_STATUS,
  MEASURE_TYPE,
  MONITOR_TYPE,
  RISK_TYPE,
} from '@contract/domain/monitoring'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { HouseholdReportFields } from '../shared/household-report'
import type { MeasureLine } from '../shared/household-measures'
import type { CaseStep } from '@contract/domain/monitoring'
import type { MonitorCaseDoc } from '../shared/monitor-cases'
import type { HouseholdMonitorState } from './monitor-state'

/**
 * The columns counties exchange with 全国防返贫监测信息系统: one row per household, its type, risks,
 * income, how it was found, each step's date, and its measures. ID numbers only masked.
 */
export const MONITOR_EXPORT_COLUMNS: ReadonlyArray<[string, number]> = [
  ['序号', 6],
  ['县（市、区）', 12],
  ['乡（镇）', 12],
  ['行政村', 14],
  ['户主姓名', 10],
  ['户主证件号码', 22],
  ['家庭人口数', 8],
  ['户类型', 10],
  ['监测对象类别', 14],
  ['风险类型', 22],
  ['人均纯收入（元）', 12],
  ['识别方式', 12],
  ['村级评议日期', 12],
  ['乡镇审核日期', 12],
  ['县级确认（纳入）日期', 14],
  ['当前环节', 18],
  ['环节办理期限', 12],
  ['是否超期', 8],
  ['风险消除日期', 12],
  ['帮扶措施', 36],
  ['措施责任人', 16],
  ['措施落实情况', 18],
]

export type MonitorExportCell = string | number

export interface MonitorExportInput {
  state: HouseholdMonitorState
  /** The household's cases, oldest first. */
  cases: readonly MonitorCaseDoc[]
  measures: readonly MeasureLine[]
  household: HouseholdReportFields | undefined
  county: string
  township: string
  village: string
}

/** The day a step of a case was passed, from its written history. */
function passedDay(c: MonitorCaseDoc | undefined, step: CaseStep): string {
  const rec = c?.history.find((h) => h.step === step && h.outcome === 'passed')
  return rec ? shanghaiDay(new Date(rec.at)) : ''
}

/** One household's row, after 序号 (the sheet numbers rows). */
export function monitorExportRow(x: MonitorExportInput): MonitorExportCell[] {
  const { state, household: h } = x
  const inclusions = x.cases.filter((c) => c.kind === 'inclusion' && c.step !== 'rejected')
  const inclusion = inclusions[inclusions.length - 1]
  const latest = x.cases[x.cases.length - 1]
  const income = [...x.cases].reverse().find((c) => c.incomePerCapita !== null)?.incomePerCapita
  const kind = h?.kind
    ? HOUSEHOLD_KIND.labels[h.kind]
    : state.monitored
      ? HOUSEHOLD_KIND.labels.monitored
      : ''
  const monitorType = h?.monitorType ?? state.monitorType
  const counts = MEASURE_STATUS.keys
    .map((k) => [MEASURE_STATUS.labels[k], x.measures.filter((m) => m.status === k).length] as const)
    .filter(([, n]) => n > 0)
  return [
    x.county,
    x.township,
    x.village,
    h?.headName ?? state.headName,
    h?.idMasked ?? '',
    h ? h.members.length : '',
    kind,
    monitorType ? MONITOR_TYPE.labels[monitorType] : '',
    state.risks.map((r) => RISK_TYPE.labels[r]).join('、'),
    typeof income === 'number' ? income : '',
    latest ? CASE_SOURCE.labels[(inclusion ?? latest).source] : '',
    passedDay(inclusion, 'village_review'),
    passedDay(inclusion, 'township_review'),
    passedDay(inclusion, 'county_confirm'),
    state.open ? `${CASE_KIND.labels[state.open.kind]}·${CASE_STEP.labels[state.open.step]}` : '',
    state.open?.stepDueDay ?? '',
    state.overdue ? '是' : '否',
    state.resolvedDay ?? '',
    x.measures
      .map(
        (m) =>
          `${MEASURE_TYPE.labels[m.type]}（${m.startDay}至${m.plannedDay}，${MEASURE_STATUS.labels[m.status]}）`,
      )
      .join('；'),
    [...new Set(x.measures.map((m) => m.responsibleName))].join('、'),
    counts.map(([label, n]) => `${label} ${n} 项`).join('，'),
  ]
}
