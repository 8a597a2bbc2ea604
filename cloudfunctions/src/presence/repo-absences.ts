import type { Database } from '../shared/db-types'
import type { AbsenceDoc } from './docs'
import { pageAll } from '../shared/paging'

const ABSENCES = 'presence_absences'

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

export async function decideAbsence(db: Database, id: string, data: Required<Pick<DecidedAbsenceDoc, 'decision' | 'decidedById' | 'decidedByName' | 'decidedAt' | 'comment'>>): Promise<number> {
  // Only an undecided, unexcused absence changes: two leaders deciding at once cannot both win.
  const _ = db.command
  const res = await db.collection(ABSENCES).where({ _id: id, excused: false, decision: _.exists(false) })
    .update({ data: { ...data, excused: data.decision === 'excused' } })
  return res.stats.updated
}

/** Unexcused absences (pending or confirmed) of some townships in a year. */
export async function unexcusedOfTownshipsYear(db: Database, townshipIds: string[], year: string): Promise<DecidedAbsenceDoc[]> {
  if (townshipIds.length === 0) return []
  const _ = db.command
  const docs = await pageAll<DecidedAbsenceDoc>(db, ABSENCES, { townshipId: _.in(townshipIds), month: _.gte(`${year}-01`).and(_.lte(`${year}-12`)), excused: false })
  return docs.sort((a, b) => b.day.localeCompare(a.day) || a._id.localeCompare(b._id))
}
