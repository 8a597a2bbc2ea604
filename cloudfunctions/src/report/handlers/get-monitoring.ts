import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import type { MonitorVillageSummary } from '../../shared/stats'
import { villageSummaries } from '../monitor-counts'
import {
  byStepsOfSummaries,
  byTypeOfSummaries,
  figuresOfSummaries,
  measuresOfSummaries,
} from '../monitor-summary'
import { villagesOf } from '../repo-units'
import { pickReportUnit } from '../scope'
import { effectivePolicy } from '../../shared/presence-policy'
import { POLICY_DEFAULTS } from '@contract/domain/county-policy'

/**
 * 防返贫监测看板 of a county, township or village (places, never people): one call, read from the
 * per-village summaries (recounted only where a case or measure changed), children for the drill-down.
 */
export const getMonitoring: Handler<'report', 'getMonitoring'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.unitId)
  const today = shanghaiDay(ctx.now)
  const year = today.slice(0, 4)
  const [{ townships, villages }, policy] = await Promise.all([
    villagesOf(ctx.db, unit),
    effectivePolicy(ctx.db, unit),
  ])
  // The county's 监测标准 (over its 州/市's): households whose latest visit found less lack help.
  const incomeLine = (policy?.monitoring.values ?? POLICY_DEFAULTS.monitoring).incomeLine
  const summaries = await villageSummaries(ctx.db, unit, villages, ctx.now)
  const all = [...summaries.values()]
  const childLevel = unit.level === 'county' ? 'township' : unit.level === 'township' ? 'village' : null
  const children = unit.level === 'county' ? townships : unit.level === 'township' ? villages : []
  const under = new Map<string, MonitorVillageSummary[]>(children.map((c) => [c._id, []]))
  for (const v of villages) {
    const s = summaries.get(v._id)
    const child = unit.level === 'county' ? (v.parentId ?? '') : v._id
    if (s) under.get(child)?.push(s)
  }
  return {
    unit: { id: unit._id, name: unit.name, level: unit.level },
    year,
    today,
    incomeLine,
    figures: figuresOfSummaries(all, today, year, incomeLine),
    byType: byTypeOfSummaries(all),
    bySteps: byStepsOfSummaries(all),
    measures: measuresOfSummaries(all, today),
    childLevel,
    children: children.map((c) => ({
      id: c._id,
      name: c.name,
      ...figuresOfSummaries(under.get(c._id) ?? [], today, year, incomeLine),
    })),
  }
}
