import { FEEDBACK_OPEN, type FeedbackStatus } from '@contract/domain/feedback'
import type { Database } from '../shared/db-types'
import { claimSlot, releaseSlot } from '../shared/rate-slots'
import { inTransaction } from '../shared/transaction'
import type { PersonDoc } from '../shared/docs'
import { activePeopleOfUnits } from '../shared/people'
import type { FeedbackDoc } from './docs'
import { repathField, type RepathBatch } from '../shared/repath'
import type { TreeUnit } from '../shared/org-tree'

/** The only file naming the feedback collections. */
const FEEDBACK = 'feedback'
const SLOTS = 'feedback_slots'

export async function addFeedback(db: Database, doc: FeedbackDoc): Promise<void> {
  await db.collection(FEEDBACK).add({ data: { ...doc } })
}

export async function getFeedback(db: Database, id: string): Promise<FeedbackDoc | null> {
  const res = await db.collection(FEEDBACK).doc(id).get<FeedbackDoc>()
  return res.data && res.data._id ? res.data : null
}

/**
 * Moves one record from one of `from` to a new status in one transaction: two admins answering at
 * once cannot both succeed, the later one learns the status moved.
 */
export async function stepFeedback(
  db: Database,
  id: string,
  from: readonly FeedbackStatus[],
  patch: Partial<FeedbackDoc>,
): Promise<FeedbackDoc | 'moved' | null> {
  return inTransaction(db, async (tx) => {
    const ref = tx.collection(FEEDBACK).doc(id)
    const doc = await ref.get<FeedbackDoc>().then(
      (r) => (r.data && r.data._id ? r.data : null),
      () => null,
    )
    if (!doc) return null
    if (!from.includes(doc.status)) return 'moved'
    const next: FeedbackDoc = { ...doc, ...patch }
    const { _id: _ignored, ...data } = next
    await ref.set({ data: { ...data } })
    return next
  })
}

export async function mine(
  db: Database,
  openid: string,
  offset: number,
  limit: number,
): Promise<{ items: FeedbackDoc[]; total: number }> {
  const where = { openid }
  const [page, count] = await Promise.all([
    db
      .collection(FEEDBACK)
      .where(where)
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get<FeedbackDoc>(),
    db.collection(FEEDBACK).where(where).count(),
  ])
  return { items: page.data, total: count.total }
}

export async function openCountOf(db: Database, openid: string): Promise<number> {
  const res = await db
    .collection(FEEDBACK)
    .where({ openid, status: db.command.in([...FEEDBACK_OPEN]) })
    .count()
  return res.total
}

export interface HostFilter {
  scope: readonly string[]
  status?: FeedbackStatus
  /** Only overdue ones: still open after their due day (`today` is the Shanghai day). */
  overdueOn?: string
}

function whereOf(db: Database, f: HostFilter): Record<string, unknown> {
  const _ = db.command
  const where: Record<string, unknown> = { path: _.in([...f.scope]) }
  if (f.overdueOn) {
    where.status = f.status
      ? FEEDBACK_OPEN.includes(f.status)
        ? f.status
        : _.in([])
      : _.in([...FEEDBACK_OPEN])
    where.dueDay = _.lt(f.overdueOn)
  } else if (f.status) where.status = f.status
  return where
}

export async function inScope(
  db: Database,
  f: HostFilter,
  offset: number,
  limit: number,
): Promise<{ items: FeedbackDoc[]; total: number }> {
  const where = whereOf(db, f)
  const [page, count] = await Promise.all([
    db
      .collection(FEEDBACK)
      .where(where)
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get<FeedbackDoc>(),
    db.collection(FEEDBACK).where(where).count(),
  ])
  return { items: page.data, total: count.total }
}

export async function overdueCount(db: Database, scope: readonly string[], today: string): Promise<number> {
  const res = await db
    .collection(FEEDBACK)
    .where(whereOf(db, { scope, overdueOn: today }))
    .count()
  return res.total
}

/** One of `limit` slots for this WeChat user today (atomic: concurrent sends cannot all pass a count). */
export async function takeDaySlot(
  db: Database,
  openid: string,
  day: string,
  limit: number,
  now: Date,
): Promise<string | null> {
  return claimSlot(db, {
    collection: SLOTS,
    key: `feedback_${openid}_${day}`,
    limit,
    now,
    reusableBefore: null,
  })
}

export async function giveBackSlot(db: Database, slot: string): Promise<void> {
  await releaseSlot(db, SLOTS, slot)
}

/** The organization department's admins: people of the host unit whose admin grant covers it. */
export async function hostAdmins(db: Database, hostUnitId: string): Promise<PersonDoc[]> {
  const people = await activePeopleOfUnits(db, [hostUnitId])
  return people.filter((p) => p.roles.some((g) => g.role === 'admin' && g.unitIds.includes(hostUnitId)))
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathOwnRecords(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, FEEDBACK, 'path', anchor, budget)
}
