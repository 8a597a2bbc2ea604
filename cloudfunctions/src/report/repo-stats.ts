import type { Database, Doc } from '../shared/db-types'
import type { PresenceMonthDoc, UnitFigures, VillageMonthDoc, VillageStaticDoc } from './rollup'
import { pageAll } from '../shared/paging'

export const VILLAGE_MONTH = 'stats_village_month'
export const VILLAGE_STATIC = 'stats_village'
export const UNIT_MONTH = 'stats_unit_month'
export const PRESENCE_MONTHS = 'presence_months'

export interface UnitMonthDoc extends UnitFigures {
  _id: string
  unitId: string
  level: 'county' | 'township'
  month: string
  updatedAt: Date
}

/** Reads docs by id, 1000 ids per request (the server's page limit). */
async function byIds<T extends object>(db: Database, collection: string, ids: string[]): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += 1000) {
    const res = await db.collection(collection).where({ _id: db.command.in(ids.slice(i, i + 1000)) }).limit(1000).get<T>()
    out.push(...res.data)
  }
  return out
}

export async function villageStatics(db: Database, villageIds: string[]): Promise<Map<string, VillageStaticDoc>> {
  const docs = await byIds<VillageStaticDoc>(db, VILLAGE_STATIC, villageIds)
  return new Map(docs.map((d) => [d.villageId, d]))
}

export function villageMonths(db: Database, villageIds: string[], months: string[]): Promise<VillageMonthDoc[]> {
  return byIds<VillageMonthDoc>(db, VILLAGE_MONTH, villageIds.flatMap((v) => months.map((m) => `${v}_${m}`)))
}

/** Per-cadre month docs of a unit, on the `<level>Id + month` index. */
export function presenceMonths(db: Database, level: 'county' | 'township' | 'village', unitId: string, month: string): Promise<PresenceMonthDoc[]> {
  return pageAll<PresenceMonthDoc>(db, PRESENCE_MONTHS, { [`${level}Id`]: unitId, month })
}

export function unitMonths(db: Database, unitId: string, months: string[]): Promise<UnitMonthDoc[]> {
  return byIds<UnitMonthDoc>(db, UNIT_MONTH, months.map((m) => `${unitId}_${m}`))
}

export async function saveUnitMonth(db: Database, doc: UnitMonthDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(UNIT_MONTH).doc(_id).set({ data })
}

export interface NightlyCounts { residentCadres: number; rectOpen: number; rectOverdue: number }

/** Only the report's own figures: the visit function owns the household counts of the same doc. */
export async function setNightlyCounts(db: Database, base: Pick<VillageStaticDoc, 'villageId' | 'townshipId' | 'countyId'>, counts: NightlyCounts, now: Date): Promise<void> {
  const res = await db.collection(VILLAGE_STATIC).doc(base.villageId).update({ data: { ...counts, countedAt: now } })
  if (res.stats.updated > 0) return
  const data: Doc = { ...base, households: 0, pairedHouseholds: 0, ...counts, countedAt: now, updatedAt: now }
  await db.collection(VILLAGE_STATIC).doc(base.villageId).set({ data })
}

/** Per-cadre month docs of a unit over several months (trend months that have no roll-up yet). */
export function presenceMonthsIn(db: Database, level: 'county' | 'township' | 'village', unitId: string, months: string[]): Promise<PresenceMonthDoc[]> {
  if (months.length === 0) return Promise.resolve([])
  return pageAll<PresenceMonthDoc>(db, PRESENCE_MONTHS, { [`${level}Id`]: unitId, month: db.command.in(months) })
}
