import type { Database } from '../shared/db-types'
import { claimSlot, releaseSlot } from '../shared/rate-slots'
import type { ObjectionDoc, UrgeDoc } from './docs'
import { countObjection } from '../shared/public-notices'
import { repathField, type RepathBatch } from '../shared/repath'
import type { TreeUnit } from '../shared/org-tree'

export const OBJECTIONS = 'notice_objections'
export const URGES = 'notice_urges'
/** Slot documents of the per-villager objection limits (shared/rate-slots.ts). */
export const RATE_SLOTS = 'rate_slots'

export async function getObjection(db: Database, id: string): Promise<ObjectionDoc | null> {
  return (await db.collection(OBJECTIONS).doc(id).get<ObjectionDoc>()).data
}

export async function addObjection(db: Database, doc: ObjectionDoc): Promise<void> {
  await db.collection(OBJECTIONS).add({ data: { ...doc } })
  await countObjection(db, doc.noticeId)
}

export async function updateObjection(db: Database, id: string, data: Partial<ObjectionDoc>): Promise<void> {
  await db.collection(OBJECTIONS).doc(id).update({ data })
}

/** Objections of one WeChat user: per notice, and on one day (index openid_created). */
/**
 * Takes one of the villager's objections on this notice and one of today's, atomically; says which
 * limit is reached instead (then nothing is taken).
 */
/** Claims one slot per limit; `full` names the limit reached (nothing is kept then). */
export async function takeObjectionSlots(
  db: Database,
  openid: string,
  noticeId: string,
  day: string,
  limits: { notice: number; day: number },
  now: Date,
): Promise<{ full: 'notice' | 'day' | null; slots: string[] }> {
  const onNotice = await claimSlot(db, {
    collection: RATE_SLOTS,
    key: `objection_${openid}_${noticeId}`,
    limit: limits.notice,
    now,
    reusableBefore: null,
  })
  if (!onNotice) return { full: 'notice', slots: [] }
  const today = await claimSlot(db, {
    collection: RATE_SLOTS,
    key: `objection_${openid}_${day}`,
    limit: limits.day,
    now,
    reusableBefore: null,
  })
  if (today) return { full: null, slots: [onNotice, today] }
  await releaseSlot(db, RATE_SLOTS, onNotice)
  return { full: 'day', slots: [] }
}

/** Gives the slots back: the objection they admitted was refused after all. */
export async function releaseObjectionSlots(db: Database, slots: readonly string[]): Promise<void> {
  for (const id of slots) await releaseSlot(db, RATE_SLOTS, id)
}

export async function objectionsInScope(
  db: Database,
  scope: readonly string[],
  noticeId: string | undefined,
  offset: number,
  limit: number,
): Promise<{ items: ObjectionDoc[]; total: number }> {
  const where: Record<string, unknown> = noticeId
    ? { noticeId, path: db.command.in([...scope]) }
    : { path: db.command.in([...scope]) }
  const [page, count] = await Promise.all([
    db
      .collection(OBJECTIONS)
      .where(where)
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get<ObjectionDoc>(),
    db.collection(OBJECTIONS).where(where).count(),
  ])
  return { items: page.data, total: count.total }
}

export async function addUrge(db: Database, doc: UrgeDoc): Promise<void> {
  await db.collection(URGES).add({ data: { ...doc } })
}

export async function getUrge(db: Database, id: string): Promise<UrgeDoc | null> {
  return (await db.collection(URGES).doc(id).get<UrgeDoc>()).data
}

export async function urgesBy(
  db: Database,
  byId: string,
  offset: number,
  limit: number,
): Promise<{ items: UrgeDoc[]; total: number }> {
  const [page, count] = await Promise.all([
    db
      .collection(URGES)
      .where({ byId })
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get<UrgeDoc>(),
    db.collection(URGES).where({ byId }).count(),
  ])
  return { items: page.data, total: count.total }
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathOwnRecords(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, OBJECTIONS, 'path', anchor, budget)
}
