import type { Database } from '../shared/db-types'
import { claimSlot, releaseSlot } from '../shared/rate-slots'

/**
 * 自主申报验证码: the local cloud sends no SMS, so the village cadre hands the household a code at the
 * village (recorded: who, when, for which household). Only its keyed hash is kept.
 */
const CODES = 'monitor_apply_codes'
/** Attempts on the public page, per WeChat user and hour. */
const SLOTS = 'monitor_slots'

export interface ApplyCodeDoc {
  _id: string
  codeHash: string
  householdId: string
  villageId: string
  issuedById: string
  issuedByName: string
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
  caseId: string | null
}

export async function insertApplyCode(db: Database, doc: ApplyCodeDoc): Promise<void> {
  await db.collection(CODES).add({ data: { ...doc } })
}

export async function findApplyCode(db: Database, codeHash: string): Promise<ApplyCodeDoc | null> {
  const res = await db.collection(CODES).where({ codeHash }).limit(1).get<ApplyCodeDoc>()
  return res.data[0] ?? null
}

/** Open codes of a household are revoked when a new one is issued: only the latest works. */
export async function expireOpenCodes(db: Database, householdId: string, now: Date): Promise<void> {
  await db
    .collection(CODES)
    .where({ householdId, usedAt: null })
    .update({ data: { expiresAt: now } })
}

/** Marks the code used; true when this call won (a second submission gets false). */
export async function consumeApplyCode(db: Database, codeHash: string, now: Date): Promise<boolean> {
  const res = await db
    .collection(CODES)
    .where({ codeHash, usedAt: null })
    .update({ data: { usedAt: now } })
  return res.stats.updated === 1
}

/** The code back to unused: the application it admitted was refused after all. */
export async function releaseApplyCode(db: Database, id: string): Promise<void> {
  await db
    .collection(CODES)
    .doc(id)
    .update({ data: { usedAt: null, caseId: null } })
}

export async function linkApplyCode(db: Database, id: string, caseId: string): Promise<void> {
  await db.collection(CODES).doc(id).update({ data: { caseId } })
}

/** One of `limit` attempts in the hour before now; null when none is left. */
export function takeApplySlot(
  db: Database,
  openid: string,
  limit: number,
  now: Date,
): Promise<string | null> {
  return claimSlot(db, {
    collection: SLOTS,
    key: `apply_${openid}`,
    limit,
    now,
    reusableBefore: new Date(now.getTime() - 3600 * 1000),
    data: { openid },
  })
}

export async function giveApplySlotBack(db: Database, slotId: string): Promise<void> {
  await releaseSlot(db, SLOTS, slotId)
}
