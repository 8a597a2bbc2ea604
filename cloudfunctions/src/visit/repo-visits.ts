import type { Command, Database, Doc, Where } from '../shared/db-types'
import { AppError } from '@contract/errors'
import { inTransaction } from '../shared/transaction'
import { isDuplicateKey } from '../shared/db-errors'
import type { VisitDoc, VisitVersionDoc } from './docs'
import { repathField, type RepathBatch } from '../shared/repath'
import type { TreeUnit } from '../shared/org-tree'

import { VISITS } from '../shared/visits'
export const VERSIONS = 'visit_versions'

export async function findVisitByClientId(db: Database, clientId: string): Promise<VisitDoc | null> {
  const res = await db.collection(VISITS).where({ clientId }).limit(1).get<VisitDoc>()
  return res.data[0] ?? null
}

export async function getVisitDoc(db: Database, id: string): Promise<VisitDoc | null> {
  return (await db.collection(VISITS).doc(id).get<VisitDoc>()).data
}

/** Inserts the visit and its first version; false when the clientId is already stored (a racing resend). */
export async function insertVisit(db: Database, visit: VisitDoc, first: VisitVersionDoc): Promise<boolean> {
  try {
    await db.collection(VISITS).add({ data: { ...visit } })
  } catch (err) {
    if (isDuplicateKey(err)) return false
    throw err
  }
  await db.collection(VERSIONS).add({ data: { ...first } })
  return true
}

export async function pageVisits(
  db: Database,
  where: Where | Command,
  page: { offset: number; limit: number },
): Promise<{ items: VisitDoc[]; total: number }> {
  const [res, count] = await Promise.all([
    db
      .collection(VISITS)
      .where(where)
      .orderBy('startedAt', 'desc')
      .skip(page.offset)
      .limit(page.limit)
      .get<VisitDoc>(),
    db.collection(VISITS).where(where).count(),
  ])
  return { items: res.data, total: count.total }
}

/** Every visit matching `where` (an export), 1000 per read. */
export async function allVisits(db: Database, where: Where): Promise<VisitDoc[]> {
  const out: VisitDoc[] = []
  for (let skip = 0; ; skip += 1000) {
    const res = await db
      .collection(VISITS)
      .where(where)
      .orderBy('startedAt', 'asc')
      .skip(skip)
      .limit(1000)
      .get<VisitDoc>()
    out.push(...res.data)
    if (res.data.length < 1000) return out
  }
}

export async function versionsOf(db: Database, visitId: string): Promise<VisitVersionDoc[]> {
  const res = await db
    .collection(VERSIONS)
    .where({ visitId })
    .orderBy('version', 'asc')
    .limit(1000)
    .get<VisitVersionDoc>()
  return res.data
}

export async function findVersionByClientId(
  db: Database,
  visitId: string,
  clientId: string,
): Promise<VisitVersionDoc | null> {
  const res = await db.collection(VERSIONS).where({ visitId, clientId }).limit(1).get<VisitVersionDoc>()
  return res.data[0] ?? null
}

/** Recent visits of households, newest first (history panes, the 明白卡). */
export async function visitsOfHousehold(
  db: Database,
  householdId: string,
  limit: number,
): Promise<VisitDoc[]> {
  const res = await db
    .collection(VISITS)
    .where({ householdId })
    .orderBy('startedAt', 'desc')
    .limit(limit)
    .get<VisitDoc>()
  return res.data
}

/** Sets fields of one visit (photos, follow-ups, reviews, sharing); the caller has checked who may. */
export async function updateVisit(db: Database, id: string, data: Doc): Promise<void> {
  await db.collection(VISITS).doc(id).update({ data })
}

/** Visits shared as examples within the counties, newest first, a page at a time. */
export async function pageSharedVisits(
  db: Database,
  countyIds: string[],
  page: { offset: number; limit: number },
): Promise<{ items: VisitDoc[]; total: number }> {
  const where = { shared: true, countyId: db.command.in(countyIds) }
  const [res, count] = await Promise.all([
    db
      .collection(VISITS)
      .where(where)
      .orderBy('sharedAt', 'desc')
      .skip(page.offset)
      .limit(page.limit)
      .get<VisitDoc>(),
    db.collection(VISITS).where(where).count(),
  ])
  return { items: res.data, total: count.total }
}

/**
 * Stores a correction as the visit's next version in one transaction: refused as a conflict when
 * someone else corrected it since `baseVersion` was read.
 */
export async function saveCorrection(
  db: Database,
  visitId: string,
  baseVersion: number,
  data: Doc,
  version: VisitVersionDoc,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const ref = tx.collection(VISITS).doc(visitId)
    const current = (await ref.get<VisitDoc>()).data
    if (!current || current.version !== baseVersion)
      throw new AppError('conflict', '该走访刚被他人更正，请刷新后再更正')
    await ref.update({ data })
    await tx.collection(VERSIONS).add({ data: { ...version } })
  })
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathOwnRecords(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, VISITS, 'path', anchor, budget)
}
