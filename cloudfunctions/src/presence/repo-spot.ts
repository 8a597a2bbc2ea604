import type { Database } from '../shared/db-types'
import type { AbsenceDoc, SpotCheckDoc } from './docs'
import { pageAll } from '../shared/paging'

export async function insertSpotCheck(db: Database, doc: SpotCheckDoc): Promise<string> {
  const res = await db.collection('presence_spot_checks').add({ data: { ...doc } })
  return res._id
}

export async function insertAbsences(db: Database, docs: AbsenceDoc[]): Promise<void> {
  // One add per doc: batch inserts are not part of the typed subset every SDK version accepts.
  await Promise.all(docs.map((d) => db.collection('presence_absences').add({ data: { ...d } })))
}

/** Unexcused absences of one person from a day on (the rating suggestion). Excused ones — on leave, or excused by a leader through confirmAbsence — are stored with `excused: true` and never count. */
export async function unexcusedSince(db: Database, personId: string, fromDay: string): Promise<AbsenceDoc[]> {
  const _ = db.command
  const res = await db.collection('presence_absences').where({ personId, day: _.gte(fromDay), excused: false }).limit(100).get<AbsenceDoc>()
  return res.data
}

/** Unexcused absences in some townships from a month on (export). */
export async function unexcusedOfTownships(db: Database, townshipIds: string[], fromMonth: string, toMonth: string): Promise<AbsenceDoc[]> {
  const _ = db.command
  return pageAll<AbsenceDoc>(db, 'presence_absences', { townshipId: _.in(townshipIds), month: _.gte(fromMonth).and(_.lte(toMonth)), excused: false })
}
