import type { PostingEndKind, RecallReason, TeamRole } from '@contract/domain/posting'
import type { Database } from './db-types'
import { findByKeys, insertAll, pageAll } from './paging'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/** The one owner of `postings` (驻村任职): a cadre's term in a village's 工作队, kept after it ends. */
const POSTINGS = 'postings'

export interface PostingDoc {
  _id: string
  personId: string
  personName: string
  villageId: string
  unitPath: string[]
  teamRole: TeamRole
  dispatchUnitId: string | null
  batch: string
  startDay: string
  plannedEndDay: string
  status: 'active' | 'ended'
  endedDay: string | null
  endKind: PostingEndKind | null
  recallReason: RecallReason | null
  endNote: string | null
  successorId: string | null
  createdAt: Date
  updatedAt: Date
}

export async function getPosting(db: Database, id: string): Promise<PostingDoc | null> {
  return (await db.collection(POSTINGS).doc(id).get<PostingDoc>()).data
}

/** The village's 工作队 now: its active postings. */
export async function activePostingsOfVillage(db: Database, villageId: string): Promise<PostingDoc[]> {
  return pageAll<PostingDoc>(db, POSTINGS, { villageId, status: 'active' })
}

/** The 队长 of a village's team, if the village has a team with a leader. */
export async function teamLeaderOf(db: Database, villageId: string): Promise<PostingDoc | null> {
  const res = await db
    .collection(POSTINGS)
    .where({ villageId, status: 'active', teamRole: 'leader' })
    .limit(1)
    .get<PostingDoc>()
  return res.data[0] ?? null
}

/** A person's active postings (normally one). */
export async function activePostingsOfPeople(
  db: Database,
  personIds: readonly string[],
): Promise<PostingDoc[]> {
  return findByKeys<PostingDoc>(db, POSTINGS, 'personId', personIds, { status: 'active' })
}

/** Every posting of a person, the ended ones too: their history. */
export async function postingsOfPerson(db: Database, personId: string): Promise<PostingDoc[]> {
  return pageAll<PostingDoc>(db, POSTINGS, { personId }, 'startDay')
}

/** Postings (active or not) anywhere under a unit: `unitPath` holds every ancestor. */
export async function postingsUnder(
  db: Database,
  unitId: string,
  status?: PostingDoc['status'],
): Promise<PostingDoc[]> {
  return pageAll<PostingDoc>(db, POSTINGS, status ? { unitPath: unitId, status } : { unitPath: unitId })
}

export async function insertPosting(db: Database, doc: PostingDoc): Promise<void> {
  await db.collection(POSTINGS).add({ data: { ...doc } })
}

export async function updatePosting(
  db: Database,
  id: string,
  data: Partial<Omit<PostingDoc, '_id'>>,
): Promise<void> {
  await db.collection(POSTINGS).doc(id).update({ data })
}

/** Every posting of a village, the ended ones too: its team now and its history (index village_status). */
export async function postingsOfVillage(db: Database, villageId: string): Promise<PostingDoc[]> {
  return pageAll<PostingDoc>(db, POSTINGS, { villageId })
}

/** Many postings at once (the one-time backfill from the roster). */
export async function insertPostings(db: Database, docs: PostingDoc[]): Promise<void> {
  await insertAll(
    db,
    POSTINGS,
    docs.map((d) => ({ ...d })),
  )
}

/** Records under a county that gained ancestors get them in their `unitPath` (shared/repath.ts). */
export function repathPostingsUnder(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, POSTINGS, 'unitPath', anchor, budget)
}
