import type { PostingEndKind, RecallReason } from '@contract/domain/posting'
import type { SecondmentLevel } from '@contract/domain/secondment'
import type { Database } from './db-types'
import { findByKeys, insertAll, pageAll } from './paging'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/** The one owner of `secondments` (挂职): a cadre's term at a county or township, kept after it ends. */
const SECONDMENTS = 'secondments'

export interface SecondmentDoc {
  _id: string
  personId: string
  personName: string
  unitId: string
  unitLevel: SecondmentLevel
  unitPath: string[]
  position: string
  dispatchUnitId: string | null
  batch: string
  startDay: string
  plannedEndDay: string
  status: 'active' | 'ended'
  endedDay: string | null
  endKind: PostingEndKind | null
  recallReason: RecallReason | null
  endNote: string | null
  createdAt: Date
  updatedAt: Date
}

/** The same person, unit and start day is the same 挂职: a re-run (or a re-import) finds it. */
export const secondmentIdOf = (personId: string, unitId: string, startDay: string) =>
  `sm-${personId}-${unitId.replace(/^u-/, '')}-${startDay.replace(/-/g, '')}`

export async function getSecondment(db: Database, id: string): Promise<SecondmentDoc | null> {
  return (await db.collection(SECONDMENTS).doc(id).get<SecondmentDoc>()).data
}

/** Active 挂职 of some people (normally one each). */
export async function activeSecondmentsOfPeople(
  db: Database,
  personIds: readonly string[],
): Promise<SecondmentDoc[]> {
  return findByKeys<SecondmentDoc>(db, SECONDMENTS, 'personId', personIds, { status: 'active' })
}

/** 挂职 under a unit (the unit itself and below), by start day: `unitPath` holds every ancestor. */
export async function secondmentsUnder(db: Database, unitId: string): Promise<SecondmentDoc[]> {
  return pageAll<SecondmentDoc>(db, SECONDMENTS, { unitPath: unitId }, 'startDay')
}

export async function secondmentsByIds(db: Database, ids: readonly string[]): Promise<SecondmentDoc[]> {
  return findByKeys<SecondmentDoc>(db, SECONDMENTS, '_id', ids)
}

export async function insertSecondment(db: Database, doc: SecondmentDoc): Promise<void> {
  await db.collection(SECONDMENTS).add({ data: { ...doc } })
}

/** Many at once (an import); each has its natural key, so a re-run after a stop finishes the job. */
export async function insertSecondments(db: Database, docs: SecondmentDoc[]): Promise<void> {
  await insertAll(
    db,
    SECONDMENTS,
    docs.map((d) => ({ ...d })),
  )
}

/** What an import writes: new 挂职, and changed terms of ones already there. */
export interface SecondmentWrites {
  creates: SecondmentDoc[]
  updates: Array<{ id: string; data: Partial<Omit<SecondmentDoc, '_id'>> }>
  unchanged: number
}

export async function writeSecondments(db: Database, writes: SecondmentWrites): Promise<void> {
  await insertSecondments(db, writes.creates)
  for (const u of writes.updates) await updateSecondment(db, u.id, u.data)
}

export async function updateSecondment(
  db: Database,
  id: string,
  data: Partial<Omit<SecondmentDoc, '_id'>>,
): Promise<void> {
  await db.collection(SECONDMENTS).doc(id).update({ data })
}

/** Records under a county that gained ancestors get them in their `unitPath` (shared/repath.ts). */
export function repathSecondmentsUnder(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, SECONDMENTS, 'unitPath', anchor, budget)
}
