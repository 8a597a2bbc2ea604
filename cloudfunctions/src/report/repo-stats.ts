import type { Database } from '../shared/db-types'
import type { KindCoverageSum, UnitFigures, VillageStaticDoc } from './rollup'
import { setVillageStatic } from '../shared/stats'

export const UNIT_MONTH = 'stats_unit_month'

export interface UnitMonthDoc extends UnitFigures {
  _id: string
  unitId: string
  level: 'county' | 'township'
  month: string
  /** Open and overdue items when the roll-up ran (a county's, for the 州/市 dashboard). */
  rectOpen?: number
  rectOverdue?: number
  /**
   * Visit coverage in the 本周期 of each household kind containing the month, as of the roll-up (the
   * 州/市 dashboard reads it per county; roll-ups stored before it existed lack it).
   */
  coverage?: KindCoverageSum
  updatedAt: Date
}

/** The roll-ups of several units over some months, in one indexed read per 1,000. */
export async function unitsMonths(
  db: Database,
  unitIds: string[],
  months: string[],
): Promise<UnitMonthDoc[]> {
  return unitMonthsByIds(
    db,
    unitIds.flatMap((u) => months.map((m) => `${u}_${m}`)),
  )
}

export async function unitMonths(db: Database, unitId: string, months: string[]): Promise<UnitMonthDoc[]> {
  return unitMonthsByIds(
    db,
    months.map((m) => `${unitId}_${m}`),
  )
}

async function unitMonthsByIds(db: Database, ids: string[]): Promise<UnitMonthDoc[]> {
  const out: UnitMonthDoc[] = []
  for (let i = 0; i < ids.length; i += 1000) {
    const res = await db
      .collection(UNIT_MONTH)
      .where({ _id: db.command.in(ids.slice(i, i + 1000)) })
      .limit(1000)
      .get<UnitMonthDoc>()
    out.push(...res.data)
  }
  return out
}

export async function saveUnitMonth(db: Database, doc: UnitMonthDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(UNIT_MONTH).doc(_id).set({ data })
}

export interface NightlyCounts {
  residentCadres: number
  rectOpen: number
  rectOverdue: number
}

/** Only the report's own figures: the visit function owns the household counts of the same doc. */
export async function setNightlyCounts(
  db: Database,
  base: Pick<VillageStaticDoc, 'villageId' | 'townshipId' | 'countyId'>,
  counts: NightlyCounts,
  now: Date,
): Promise<void> {
  await setVillageStatic(
    db,
    base.villageId,
    { ...counts, countedAt: now },
    { ...base, households: 0, pairedHouseholds: 0, ...counts, countedAt: now, updatedAt: now },
  )
}
