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

/**
 * 防返贫监测看板 of a county, township or village (places, never people): one call, read from the
 * per-village summaries (recounted only where a case or measure changed), children for the drill-down.
 */
export const getMonitoring: Handler<'report', 'getMonitoring'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.unitId)
  const today = shanghaiDay(ctx.now)
  const year = today.slice(0, 4)
  const { townships, villages } = await villagesOf(ctx.db, unit)
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
    figures: figuresOfSummaries(all, today, year),
    byType: byTypeOfSummaries(all),
    bySteps: byStepsOfSummaries(all),
    measures: measuresOfSummaries(all, today),
    childLevel,
    children: children.map((c) => ({
      id: c._id,
      name: c.name,
      ...figuresOfSummaries(under.get(c._id) ?? [], today, year),
    })),
  }
}
