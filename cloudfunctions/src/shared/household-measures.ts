import type { MeasureStatus, MeasureType } from '@contract/domain/monitoring'
import type { Database, Doc } from './db-types'
import { pageAll } from './paging'

/**
 * The one owner of `household_measures`: the 帮扶措施 of a household. The visit function writes them
 * (one per measure, its status history inside); reports read them for dashboards and the national layout.
 */
const HOUSEHOLD_MEASURES = 'household_measures'
const PAGE = 1000

export interface MeasureStatusRecord {
  status: MeasureStatus
  byId: string
  byName: string
  at: Date
  note: string
}

export interface HouseholdMeasureDoc {
  _id: string
  householdId: string
  villageId: string
  /** The village's path (county, township, village): scope checks and county reads need no join. */
  unitPath: string[]
  type: MeasureType
  responsibleId: string
  responsibleName: string
  startDay: string
  plannedDay: string
  status: MeasureStatus
  note: string
  createdById: string
  createdByName: string
  history: MeasureStatusRecord[]
  createdAt: Date
  updatedAt: Date
}

/** What dashboards and exports need of a measure: no names, no notes. */
export type MeasureLine = Pick<
  HouseholdMeasureDoc,
  'householdId' | 'villageId' | 'type' | 'status' | 'startDay' | 'plannedDay' | 'responsibleName'
>
const LINE_FIELDS = {
  householdId: true,
  villageId: true,
  type: true,
  status: true,
  startDay: true,
  plannedDay: true,
  responsibleName: true,
}

export async function getMeasure(db: Database, id: string): Promise<HouseholdMeasureDoc | null> {
  return (await db.collection(HOUSEHOLD_MEASURES).doc(id).get<HouseholdMeasureDoc>()).data
}

/** A household's measures, oldest first (a household has a handful). */
export function measuresOfHousehold(db: Database, householdId: string): Promise<HouseholdMeasureDoc[]> {
  return pageAll<HouseholdMeasureDoc>(db, HOUSEHOLD_MEASURES, { householdId }, 'createdAt')
}

/** Every measure under a unit (county, township, village), projected to what a report needs. */
export async function measureLinesUnder(db: Database, unitId: string): Promise<MeasureLine[]> {
  const out: MeasureLine[] = []
  for (let offset = 0; ; offset += PAGE) {
    const res = await db
      .collection(HOUSEHOLD_MEASURES)
      .where({ unitPath: unitId })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(PAGE)
      .field(LINE_FIELDS)
      .get<MeasureLine>()
    out.push(...res.data)
    if (res.data.length < PAGE) return out
  }
}

export async function insertMeasure(db: Database, doc: HouseholdMeasureDoc): Promise<void> {
  await db.collection(HOUSEHOLD_MEASURES).add({ data: { ...doc } })
}

/** Updates only if the status is still `from`: two people moving the same measure cannot both win. */
export async function moveMeasure(
  db: Database,
  id: string,
  from: MeasureStatus,
  data: Doc,
): Promise<boolean> {
  const res = await db.collection(HOUSEHOLD_MEASURES).where({ _id: id, status: from }).update({ data })
  return res.stats.updated > 0
}

/** The villages under a unit whose measures changed after `since` (index `path_updated`), with when. */
export async function measureChangesSince(
  db: Database,
  unitId: string,
  since: Date,
): Promise<Array<Pick<HouseholdMeasureDoc, 'villageId' | 'updatedAt'>>> {
  const res = await db
    .collection(HOUSEHOLD_MEASURES)
    .where({ unitPath: unitId, updatedAt: db.command.gt(since) })
    .orderBy('updatedAt', 'asc')
    .limit(1000)
    .field({ villageId: true, updatedAt: true })
    .get<Pick<HouseholdMeasureDoc, 'villageId' | 'updatedAt'>>()
  return res.data
}
