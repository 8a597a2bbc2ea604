import { AppError } from '@contract/errors'
import { CASE_KIND, CASE_STEP, HOUSEHOLD_KIND, MONITOR_TYPE, RISK_TYPE } from '@contract/domain/monitoring'
import type { MonitoredRow } from '@contract/api/report-monitoring'
import type { Handler } from '../../shared/handler'
import { loadMonitorScope } from '../monitor-scope'
import { pickReportUnit } from '../scope'

/** The bottom of the drill-down: the village's households with a monitoring case, overdue ones first. */
export const listMonitoredHouseholds: Handler<'report', 'listMonitoredHouseholds'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.villageId)
  if (unit.level !== 'village') throw new AppError('invalid-argument', '请选择一个村', { field: 'villageId' })
  const s = await loadMonitorScope(ctx.db, unit, ctx.now)
  const rows: MonitoredRow[] = s.states.map((h) => {
    const mine = s.measures.filter((m) => m.householdId === h.householdId)
    return {
      householdId: h.householdId,
      headName: h.headName,
      kindLabel: h.monitored ? HOUSEHOLD_KIND.labels.monitored : h.resolvedDay ? '风险已消除' : '识别中',
      typeLabel: h.monitorType ? MONITOR_TYPE.labels[h.monitorType] : '',
      risks: h.risks.map((r) => RISK_TYPE.labels[r]),
      stepLabel: h.open ? `${CASE_KIND.labels[h.open.kind]}·${CASE_STEP.labels[h.open.step]}` : '',
      stepDueDay: h.open?.stepDueDay ?? null,
      overdue: h.overdue,
      measures: mine.length,
      measuresDone: mine.filter((m) => m.status === 'done').length,
      resolvedDay: h.resolvedDay,
    }
  })
  rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.headName.localeCompare(b.headName, 'zh'))
  return { village: { id: unit._id, name: unit.name, level: unit.level }, rows, skipped: 0 }
}
