// A timer's batch of notices in a handful of requests instead of several per person: the same
// records and the same at-most-once push as notify() one by one (inbox id, then delivery id claimed
// before any push), so a batch run again, or cut off and resumed, sends nothing twice.
import { dedupeKey, type DeliveryStatus } from '@contract/domain/notice'
import { shanghaiDay } from '@contract/domain/rectification-clock'
import type { TemplateKey } from '@contract/notice-templates'
import type { Database } from './db-types'
import { GRANTS, type GrantDoc } from './notify-grants'
import {
  deliver,
  DELIVERIES,
  INBOX,
  NO_GRANT,
  notify,
  push,
  type DeliveryDoc,
  type InboxRecord,
  type Notice,
  type NotifyResult,
} from './notify'

/** Notices per round of reads and writes: a job batch (shared/job-batches.ts). */
const CHUNK = 200

type Outcome = { status: DeliveryStatus; errCode: number | null; errMsg: string }

/** The ids among `ids` already stored in a collection (one indexed read). */
async function existing(db: Database, collection: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const _ = db.command
  const res = await db
    .collection(collection)
    .where({ _id: _.in([...ids]) })
    .field({ _id: true })
    .limit(ids.length)
    .get<{ _id: string }>()
  return new Set(res.data.map((d) => d._id))
}

/**
 * Adds the docs whose ids are free in one write; false when that write failed (another run claimed
 * one of them meanwhile): the caller then goes one by one, which settles each claim on its own.
 */
async function claimAll(db: Database, collection: string, docs: ReadonlyArray<{ _id: string }>) {
  if (docs.length === 0) return true
  try {
    await db.collection(collection).add({ data: docs.map((d) => ({ ...d })) })
    return true
  } catch {
    return false
  }
}

/** Grants per openid and template, read at once; only those with one left go through takeGrant. */
async function grantsLeft(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const _ = db.command
  const res = await db
    .collection(GRANTS)
    .where({ _id: _.in([...ids]) })
    .limit(ids.length)
    .get<GrantDoc>()
  return new Set(res.data.filter((g) => g.count > 0).map((g) => g._id))
}

/** One update per distinct outcome, not per delivery. */
async function record(db: Database, outcomes: ReadonlyMap<string, Outcome>): Promise<void> {
  const groups = new Map<string, { outcome: Outcome; ids: string[] }>()
  for (const [id, o] of outcomes) {
    const k = JSON.stringify([o.status, o.errCode, o.errMsg])
    const g = groups.get(k) ?? { outcome: o, ids: [] }
    g.ids.push(id)
    groups.set(k, g)
  }
  const _ = db.command
  for (const { outcome, ids } of groups.values())
    await db
      .collection(DELIVERIES)
      .where({ _id: _.in(ids) })
      .update({ data: { ...outcome } })
}

/** notify() for each notice of a bounded batch, in order; answers one result per notice. */
export async function notifyBatch(
  db: Database,
  now: Date,
  notices: readonly Notice[],
): Promise<NotifyResult[]> {
  // A read answers at most 1,000 ids: a longer list goes chunk by chunk (later chunks see earlier ones).
  if (notices.length > CHUNK) {
    const out: NotifyResult[] = []
    for (let i = 0; i < notices.length; i += CHUNK)
      out.push(...(await notifyBatch(db, now, notices.slice(i, i + CHUNK))))
    return out
  }
  const day = shanghaiDay(now)
  const keys = notices.map((n) => dedupeKey(n.personId, n.topic, day))
  const inboxIds = notices.map((n, i) => n.inboxId ?? keys[i])
  const seenInbox = await existing(db, INBOX, inboxIds)
  const fresh: number[] = []
  for (let i = 0; i < notices.length; i++) {
    if (seenInbox.has(inboxIds[i])) continue
    seenInbox.add(inboxIds[i])
    fresh.push(i)
  }
  const records: InboxRecord[] = fresh.map((i) => {
    const n = notices[i]
    const r = { personId: n.personId, openid: n.openid, kind: n.kind, title: n.title, body: n.body }
    return { _id: inboxIds[i], ...r, link: n.link, refId: n.refId, createdAt: now, readAt: null }
  })
  if (!(await claimAll(db, INBOX, records))) {
    const out: NotifyResult[] = []
    for (const n of notices) out.push(await notify(db, now, n))
    return out
  }
  const results: NotifyResult[] = inboxIds.map((inboxId) => ({
    inboxId,
    created: false,
    delivery: 'duplicate',
  }))
  const seenDelivery = await existing(
    db,
    DELIVERIES,
    fresh.map((i) => keys[i]),
  )
  const mine: number[] = []
  for (const i of fresh) {
    results[i] = { inboxId: inboxIds[i], created: true, delivery: 'duplicate' }
    if (seenDelivery.has(keys[i])) continue
    seenDelivery.add(keys[i])
    mine.push(i)
  }
  const deliveries: DeliveryDoc[] = mine.map((i) => {
    const n = notices[i]
    const d = { personId: n.personId, openid: n.openid, topic: n.topic, inboxId: inboxIds[i] }
    return {
      _id: keys[i],
      ...d,
      templateKey: n.template,
      status: 'pending',
      errCode: null,
      errMsg: '',
      at: now,
    }
  })
  if (!(await claimAll(db, DELIVERIES, deliveries))) {
    for (const i of mine)
      results[i] = { ...results[i], delivery: await deliver(db, now, notices[i], keys[i], inboxIds[i]) }
    return results
  }
  const grantId = (openid: string, template: TemplateKey) => `${openid}_${template}`
  const withGrant = await grantsLeft(
    db,
    mine.flatMap((i) => {
      const { openid, template } = notices[i]
      return openid ? [grantId(openid, template)] : []
    }),
  )
  const outcomes = new Map<string, Outcome>()
  for (const i of mine) {
    const n = notices[i]
    const outcome: Outcome = !n.openid
      ? { status: 'no_openid', errCode: null, errMsg: '未绑定微信' }
      : withGrant.has(grantId(n.openid, n.template))
        ? await push(db, now, n, n.openid)
        : { ...NO_GRANT }
    outcomes.set(keys[i], outcome)
    results[i] = { inboxId: inboxIds[i], created: true, delivery: outcome.status }
  }
  await record(db, outcomes)
  return results
}

/**
 * Records shaped like inbox docs (`_id` included), as a timer builds them, notified as one batch.
 * Returns how many were new.
 */
export async function notifyAll(
  db: Database,
  now: Date,
  records: ReadonlyArray<Omit<InboxRecord, 'createdAt' | 'readAt'>>,
  template: TemplateKey = 'reminder',
): Promise<number> {
  const res = await notifyBatch(
    db,
    now,
    records.map((r) => ({ ...r, inboxId: r._id, topic: r.kind, template })),
  )
  return res.filter((r) => r.created).length
}
