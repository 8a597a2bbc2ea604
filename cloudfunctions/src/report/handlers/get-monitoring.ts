import type { Handler } from '../../shared/handler'
import { byStepsOf, byTypeOf, childrenFigures, figuresOf, measuresOf } from '../monitor-figures'
import { loadMonitorScope } from '../monitor-scope'
import { pickReportUnit } from '../scope'

/**
 * 防返贫监测看板 of a county, township or village (places, never people): one call, three indexed
 * reads, figures computed in memory; children for the drill-down county → township → village.
 */
export const getMonitoring: Handler<'report', 'getMonitoring'> = async (input, ctx) => {
  const unit = await pickReportUnit(ctx, input.unitId)
  const s = await loadMonitorScope(ctx.db, unit, ctx.now)
  const childLevel = unit.level === 'county' ? 'township' : unit.level === 'township' ? 'village' : null
  const children = unit.level === 'county' ? s.townships : unit.level === 'township' ? s.villages : []
  const villageToChild = new Map(
    s.villages.map((v) => [v._id, unit.level === 'county' ? (v.parentId ?? '') : v._id]),
  )
  return {
    unit: { id: unit._id, name: unit.name, level: unit.level },
    year: s.year,
    today: s.today,
    figures: figuresOf(s.states, s.measured),
    byType: byTypeOf(s.states),
    bySteps: byStepsOf(s.states),
    measures: measuresOf(s.measures, s.today),
    childLevel,
    children: childrenFigures(children, villageToChild, s.states, s.measured),
  }
}
