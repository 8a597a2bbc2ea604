import type { Database } from '../shared/db-types'
import { claimSlot, releaseSlot } from '../shared/rate-slots'

/** Only the keyed hash of a code is stored: a database reader cannot bind with it. */
export interface BindCodeDoc {
  _id: string
  codeHash: string
  personId: string
  issuedBy: string | null
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
  usedByOpenid: string | null
  revokedAt: Date | null
}

export interface BindRequestDoc {
  _id: string
  openid: string
  personId: string
  status: 'pending' | 'approved' | 'rejected'
  createdAt: Date
  decidedAt: Date | null
  decidedBy: string | null
}

export async function insertCode(db: Database, doc: Omit<BindCodeDoc, '_id'>): Promise<void> {
  await db.collection('bind_codes').add({ data: { ...doc } })
}

export async function findCode(db: Database, codeHash: string): Promise<BindCodeDoc | null> {
  const res = await db.collection('bind_codes').where({ codeHash }).limit(1).get<BindCodeDoc>()
  return res.data[0] ?? null
}

/** Marks the code used unless someone else used or revoked it first; true when this call won. */
export async function consumeCode(db: Database, id: string, openid: string, now: Date): Promise<boolean> {
  const res = await db
    .collection('bind_codes')
    .where({ _id: id, usedAt: null, revokedAt: null })
    .update({ data: { usedAt: now, usedByOpenid: openid } })
  return res.stats.updated === 1
}

export async function releaseCode(db: Database, id: string): Promise<void> {
  await db
    .collection('bind_codes')
    .doc(id)
    .update({ data: { usedAt: null, usedByOpenid: null } })
}

export async function revokeOpenCodes(db: Database, personId: string, now: Date): Promise<number> {
  const res = await db
    .collection('bind_codes')
    .where({ personId, usedAt: null, revokedAt: null })
    .update({ data: { revokedAt: now } })
  return res.stats.updated
}

/** One of the user's `limit` attempts in the hour since `since`, taken atomically; null when none is left. */
export function takeAttemptSlot(
  db: Database,
  openid: string,
  kind: 'code' | 'request',
  limit: number,
  now: Date,
  since: Date,
): Promise<string | null> {
  return claimSlot(db, {
    collection: 'bind_attempts',
    key: `bind_${openid}`,
    limit,
    now,
    reusableBefore: since,
    data: { openid, kind },
  })
}

export async function releaseAttemptSlot(db: Database, slotId: string): Promise<void> {
  await releaseSlot(db, 'bind_attempts', slotId)
}

export async function latestRequestOf(db: Database, openid: string): Promise<BindRequestDoc | null> {
  const res = await db
    .collection('bind_requests')
    .where({ openid })
    .orderBy('createdAt', 'desc')
    .limit(1)
    .get<BindRequestDoc>()
  return res.data[0] ?? null
}

export async function insertRequest(db: Database, doc: Omit<BindRequestDoc, '_id'>): Promise<string> {
  const res = await db.collection('bind_requests').add({ data: { ...doc } })
  return res._id
}

export async function getRequest(db: Database, id: string): Promise<BindRequestDoc | null> {
  return (await db.collection('bind_requests').doc(id).get<BindRequestDoc>()).data
}

export async function listRequests(
  db: Database,
  status: BindRequestDoc['status'],
  page: { offset: number; limit: number },
): Promise<{ items: BindRequestDoc[]; total: number }> {
  const [res, count] = await Promise.all([
    db
      .collection('bind_requests')
      .where({ status })
      .orderBy('createdAt', 'desc')
      .skip(page.offset)
      .limit(page.limit)
      .get<BindRequestDoc>(),
    db.collection('bind_requests').where({ status }).count(),
  ])
  return { items: res.data, total: count.total }
}

/** Decides a request only while it is pending: the second of two admins gets false. */
export async function decideRequest(
  db: Database,
  id: string,
  status: 'approved' | 'rejected',
  by: string,
  now: Date,
): Promise<boolean> {
  const res = await db
    .collection('bind_requests')
    .where({ _id: id, status: 'pending' })
    .update({ data: { status, decidedBy: by, decidedAt: now } })
  return res.stats.updated === 1
}

/** Back to pending when the approval could not bind after all (the person was disabled or bound meanwhile). */
export async function reopenRequest(db: Database, id: string): Promise<void> {
  await db
    .collection('bind_requests')
    .doc(id)
    .update({ data: { status: 'pending', decidedAt: null, decidedBy: null } })
}
