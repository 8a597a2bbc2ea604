import type { ReviewLevel, ReviewResult, ReviewVotes } from '@contract/domain/duty-review'
import type { Database } from './db-types'
import { findByKeys, pageAll } from './paging'

/**
 * The one owner of 述职评议: `review_sessions` (one per meeting) and `review_entries` (one per cadre
 * per session, id `${sessionId}_${personId}`). The presence function writes them; the annual
 * assessment reads the results through `reviewResultsOf`.
 */
const SESSIONS = 'review_sessions'
const ENTRIES = 'review_entries'

export interface ReviewSessionDoc {
  _id: string
  level: ReviewLevel
  unitId: string
  unitName: string
  /** The holding unit's path: scope checks and "sessions under a unit" are one index read. */
  unitPath: string[]
  date: string
  year: string
  title: string
  attendees: string[]
  createdById: string
  createdByName: string
  createdAt: Date
}

export interface ReviewEntryDoc {
  _id: string
  sessionId: string
  sessionTitle: string
  level: ReviewLevel
  date: string
  year: string
  personId: string
  personName: string
  reportText: string
  reportFileId: string | null
  /** The 述职 file's name as uploaded (storage names are random); absent on entries without a file. */
  reportFileName?: string
  result: ReviewResult
  votes: ReviewVotes | null
  recordedById: string
  recordedByName: string
  recordedAt: Date
}

export async function getReviewSession(db: Database, id: string): Promise<ReviewSessionDoc | null> {
  return (await db.collection(SESSIONS).doc(id).get<ReviewSessionDoc>()).data
}

export async function insertReviewSession(db: Database, doc: ReviewSessionDoc): Promise<void> {
  await db.collection(SESSIONS).add({ data: { ...doc } })
}

/** Sessions held by any of these units or below them, newest first. */
export async function reviewSessionsUnder(
  db: Database,
  unitIds: readonly string[],
): Promise<ReviewSessionDoc[]> {
  if (unitIds.length === 0) return []
  const found = await pageAll<ReviewSessionDoc>(db, SESSIONS, { unitPath: db.command.in([...unitIds]) })
  return found.sort((a, b) => b.date.localeCompare(a.date) || b._id.localeCompare(a._id))
}

export async function entriesOfSession(db: Database, sessionId: string): Promise<ReviewEntryDoc[]> {
  return pageAll<ReviewEntryDoc>(db, ENTRIES, { sessionId })
}

export async function getReviewEntry(db: Database, id: string): Promise<ReviewEntryDoc | null> {
  return (await db.collection(ENTRIES).doc(id).get<ReviewEntryDoc>()).data
}

/** One cadre's entry in a session: recording again replaces it (a correction), keeping its id. */
export async function saveReviewEntry(db: Database, doc: ReviewEntryDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(ENTRIES).doc(_id).set({ data })
}

export async function entriesOfPerson(db: Database, personId: string): Promise<ReviewEntryDoc[]> {
  const found = await pageAll<ReviewEntryDoc>(db, ENTRIES, { personId })
  return found.sort((a, b) => b.date.localeCompare(a.date))
}

/**
 * The 述职评议 results of some cadres in a year, by person, oldest first: facts for the annual
 * assessment (年度考核), as the sessions recorded them. Never a score.
 */
export async function reviewResultsOf(
  db: Database,
  personIds: readonly string[],
  year: string,
): Promise<Map<string, ReviewEntryDoc[]>> {
  const found = await findByKeys<ReviewEntryDoc>(db, ENTRIES, 'personId', personIds, { year })
  const out = new Map<string, ReviewEntryDoc[]>()
  for (const e of [...found].sort((a, b) => a.date.localeCompare(b.date)))
    out.set(e.personId, [...(out.get(e.personId) ?? []), e])
  return out
}
