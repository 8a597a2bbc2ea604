import type { Database } from './db-types'
import { pageAll } from './paging'

const ABSENCES = 'presence_absences'

/** One per absent person per spot check, so a cadre's count is one indexed read. */
export interface AbsenceDoc {
  _id: string
  spotCheckId: string
  personId: string
  villageId: string
  townshipId: string
  day: string
  month: string
  excused: boolean
}

/**
 * An absence once a leader has looked at it. An excused one is stored with `excused: true`, so every
 * count of unexcused absences (the rating suggestion, the 记实 export) leaves it out.
 */
export interface DecidedAbsenceDoc extends AbsenceDoc {
  decision?: 'confirmed' | 'excused'
  decidedById?: string
  decidedByName?: string
  decidedAt?: Date
  comment?: string
}

export async function getAbsence(db: Database, id: string): Promise<DecidedAbsenceDoc | null> {
  return (await db.collection(ABSENCES).doc(id).get<DecidedAbsenceDoc>()).data
}

export async function decideAbsence(
  db: Database,
  id: string,
  data: Required<
    Pick<DecidedAbsenceDoc, 'decision' | 'decidedById' | 'decidedByName' | 'decidedAt' | 'comment'>
  >,
): Promise<number> {
  // Only an undecided, unexcused absence changes: two leaders deciding at once cannot both win.
  const _ = db.command
  const res = await db
    .collection(ABSENCES)
    .where({ _id: id, excused: false, decision: _.exists(false) })
    .update({ data: { ...data, excused: data.decision === 'excused' } })
  return res.stats.updated
}

/** Unexcused absences (pending or confirmed) of some townships in a year. */
export async function unexcusedOfTownshipsYear(
  db: Database,
  townshipIds: string[],
  year: string,
): Promise<DecidedAbsenceDoc[]> {
  if (townshipIds.length === 0) return []
  const _ = db.command
  const docs = await pageAll<DecidedAbsenceDoc>(db, ABSENCES, {
    townshipId: _.in(townshipIds),
    month: _.gte(`${year}-01`).and(_.lte(`${year}-12`)),
    excused: false,
  })
  return docs.sort((a, b) => b.day.localeCompare(a.day) || a._id.localeCompare(b._id))
}

export async function insertAbsences(db: Database, docs: AbsenceDoc[]): Promise<void> {
  // One add per doc: batch inserts are not part of the typed subset every SDK version accepts.
  await Promise.all(docs.map((d) => db.collection(ABSENCES).add({ data: { ...d } })))
}

/** Unexcused absences of one person from a day on (the rating suggestion). Excused ones — on leave, or excused by a leader through confirmAbsence — are stored with `excused: true` and never count. */
export async function unexcusedSince(db: Database, personId: string, fromDay: string): Promise<AbsenceDoc[]> {
  const _ = db.command
  const res = await db
    .collection(ABSENCES)
    .where({ personId, day: _.gte(fromDay), excused: false })
    .limit(100)
    .get<AbsenceDoc>()
  return res.data
}

/** Unexcused absences in some townships from a month on (export). */
export async function unexcusedOfTownships(
  db: Database,
  townshipIds: string[],
  fromMonth: string,
  toMonth: string,
): Promise<AbsenceDoc[]> {
  const _ = db.command
  return pageAll<AbsenceDoc>(db, ABSENCES, {
    townshipId: _.in(townshipIds),
    month: _.gte(fromMonth).and(_.lte(toMonth)),
    excused: false,
  })
}

/** Absences a leader confirmed in some townships from a day on (the 排查's long-absence sign). */
export async function confirmedOfTownshipsSince(
  db: Database,
  townshipIds: string[],
  fromDay: string,
): Promise<DecidedAbsenceDoc[]> {
  if (townshipIds.length === 0) return []
  const _ = db.command
  const docs = await pageAll<DecidedAbsenceDoc>(db, ABSENCES, {
    townshipId: _.in(townshipIds),
    month: _.gte(fromDay.slice(0, 7)),
    excused: false,
  })
  return docs.filter((d) => d.decision === 'confirmed' && d.day >= fromDay)
}

/** One person's confirmed absences from a day on (index person_day). */
export async function confirmedOfPersonSince(
  db: Database,
  personId: string,
  fromDay: string,
): Promise<string[]> {
  const _ = db.command
  const docs = await pageAll<DecidedAbsenceDoc>(db, ABSENCES, {
    personId,
    day: _.gte(fromDay),
    excused: false,
  })
  return docs.filter((d) => d.decision === 'confirmed').map((d) => d.day)
}
