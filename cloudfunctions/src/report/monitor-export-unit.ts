import type { HandlerContext } from '../shared/context'
import { casesUnder, type MonitorCaseDoc } from '../shared/monitor-cases'
import { householdsForReport } from '../shared/household-report'
import type { MeasureLine } from '../shared/household-measures'
import { countyIdOrThrow } from '../shared/org-tree'
import { unitById } from '../shared/org-units'
import { loadMonitorScope } from './monitor-scope'
import { monitorExportRow, type MonitorExportCell } from './monitor-export-rows'
import type { ReportUnit } from './scope'

function groupBy<T extends { householdId: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list) {
    const l = out.get(x.householdId)
    if (l) l.push(x)
    else out.set(x.householdId, [x])
  }
  return out
}

/**
 * The rows (without 序号) of one county, township or village: one per household with a case, ordered by township,
 * village and name. Reads are indexed and paged; no ID is decrypted.
 */
export async function monitorRowsOf(ctx: HandlerContext, unit: ReportUnit): Promise<MonitorExportCell[][]> {
  const [s, cases, county] = await Promise.all([
    loadMonitorScope(ctx.db, unit, ctx.now),
    casesUnder(ctx.db, unit._id),
    unitById(ctx.db, countyIdOrThrow(unit)),
  ])
  if (s.states.length === 0) return []
  const households = await householdsForReport(
    ctx.db,
    s.states.map((x) => x.householdId),
  )
  const casesOf = groupBy<MonitorCaseDoc>(cases)
  const measuresOf = groupBy<MeasureLine>(s.measures)
  const names = new Map([...s.townships, ...s.villages, unit].map((u) => [u._id, u]))
  const placed = s.states.map((state) => {
    const village = names.get(state.villageId)
    const township = names.get(village?.parentId ?? '')
    return { state, village: village?.name ?? '', township: township?.name ?? '' }
  })
  placed.sort(
    (a, b) =>
      a.township.localeCompare(b.township, 'zh') ||
      a.village.localeCompare(b.village, 'zh') ||
      a.state.headName.localeCompare(b.state.headName, 'zh'),
  )
  return placed.map((p) =>
    monitorExportRow({
      state: p.state,
      cases: (casesOf.get(p.state.householdId) ?? []).sort(
        (a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime(),
      ),
      measures: measuresOf.get(p.state.householdId) ?? [],
      household: households.get(p.state.householdId),
      county: county?.name ?? '',
      township: p.township,
      village: p.village,
    }),
  )
}
