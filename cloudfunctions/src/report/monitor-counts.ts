import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { caseChangesSince, caseLinesUnder, type MonitorCaseLine } from '../shared/monitor-cases'
import { measureChangesSince, measureLinesUnder, type MeasureLine } from '../shared/household-measures'
import { setVillageStatic, villageStatics, type MonitorVillageSummary } from '../shared/stats'
import { placeOfVillagePath } from '../shared/org-tree'
import { incomesOfVillages, type HouseholdIncomeLine } from '../shared/household-income'
import { summaryOf } from './monitor-summary'

/** Beyond this many stale villages one read of the whole unit beats a read per village. */
const PER_VILLAGE_READS = 12
/** A write that lands while a recount reads is picked up by the next read. */
const SETTLE_MS = 5000
const PAGE = 1000

const group = <T extends { villageId: string }>(list: readonly T[]) => {
  const out = new Map<string, T[]>()
  for (const x of list) {
    const l = out.get(x.villageId)
    if (l) l.push(x)
    else out.set(x.villageId, [x])
  }
  return out
}

/** The villages whose summary is missing or older than a change to one of their cases or measures. */
async function staleVillages(
  db: Database,
  unit: OrgUnitDoc,
  villages: readonly OrgUnitDoc[],
  summaries: ReadonlyMap<string, MonitorVillageSummary>,
): Promise<Set<string>> {
  const stale = new Set(villages.filter((v) => !summaries.has(v._id)).map((v) => v._id))
  const counted = [...summaries.values()].map((s) => new Date(s.countedAt).getTime())
  if (counted.length === 0) return stale
  const since = new Date(Math.min(...counted))
  const [cases, measures] = await Promise.all([
    caseChangesSince(db, unit._id, since),
    measureChangesSince(db, unit._id, since),
  ])
  if (cases.length >= PAGE || measures.length >= PAGE) return new Set(villages.map((v) => v._id))
  for (const c of [...cases, ...measures]) {
    const s = summaries.get(c.villageId)
    if (!s || new Date(c.updatedAt).getTime() > new Date(s.countedAt).getTime()) stale.add(c.villageId)
  }
  return stale
}

async function linesOf(
  db: Database,
  unit: OrgUnitDoc,
  stale: ReadonlySet<string>,
): Promise<{ cases: MonitorCaseLine[]; measures: MeasureLine[]; incomes: HouseholdIncomeLine[] }> {
  const incomesRead = incomesOfVillages(db, [...stale])
  if (stale.size > PER_VILLAGE_READS) {
    const [cases, measures, incomes] = await Promise.all([
      caseLinesUnder(db, unit._id),
      measureLinesUnder(db, unit._id),
      incomesRead,
    ])
    return { cases, measures, incomes }
  }
  const [parts, incomes] = await Promise.all([
    Promise.all([...stale].map((id) => Promise.all([caseLinesUnder(db, id), measureLinesUnder(db, id)]))),
    incomesRead,
  ])
  return { cases: parts.flatMap((p) => p[0]), measures: parts.flatMap((p) => p[1]), incomes }
}

/**
 * Each village's monitoring summary, kept in its `stats_village` doc (a visit that records income drops
 * its village's summary). A read first asks which cases and measures changed since the oldest summary (an indexed read that is empty on most calls) and
 * recounts only those villages, so the figures are never stale whoever wrote the change.
 */
export async function villageSummaries(
  db: Database,
  unit: OrgUnitDoc,
  villages: readonly OrgUnitDoc[],
  now: Date,
): Promise<Map<string, MonitorVillageSummary>> {
  const statics = await villageStatics(
    db,
    villages.map((v) => v._id),
  )
  const summaries = new Map<string, MonitorVillageSummary>()
  // A summary counted before incomes were kept is recounted once.
  for (const [id, doc] of statics) if (doc.monitoring?.unmeasuredIncomes) summaries.set(id, doc.monitoring)
  const stale = await staleVillages(db, unit, villages, summaries)
  if (stale.size === 0) return summaries
  const countedAt = new Date(now.getTime() - SETTLE_MS)
  const lines = await linesOf(db, unit, stale)
  const cases = group(lines.cases)
  const measures = group(lines.measures)
  const incomes = group(lines.incomes)
  const _ = db.command
  await Promise.all(
    villages
      .filter((v) => stale.has(v._id))
      .map(async (v) => {
        const summary = summaryOf(
          cases.get(v._id) ?? [],
          measures.get(v._id) ?? [],
          incomes.get(v._id) ?? [],
          countedAt,
        )
        summaries.set(v._id, summary)
        const place = placeOfVillagePath(v.path)
        await setVillageStatic(
          db,
          v._id,
          { monitoring: _.set(summary) },
          {
            villageId: v._id,
            townshipId: place.townshipId ?? '',
            countyId: place.countyId ?? '',
            households: 0,
            pairedHouseholds: 0,
            monitoring: summary,
          },
        )
      }),
  )
  return summaries
}
