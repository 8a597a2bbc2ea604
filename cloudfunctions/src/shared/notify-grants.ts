import { NOTICE_TEMPLATES, type TemplateKey } from '@contract/notice-templates'
import type { Database } from './db-types'
import { inTransaction } from './transaction'

/**
 * Our count of the one-time subscribe grants each WeChat user gave per template. WeChat has no API
 * to read the balance, so we keep it: +1 per acceptance the app reports, −1 per send.
 */
export const GRANTS = 'notice_grants'

export interface GrantDoc {
  _id: string
  openid: string
  templateKey: TemplateKey
  count: number
  updatedAt: Date
}

const grantId = (openid: string, key: TemplateKey) => `${openid}_${key}`

async function change(
  db: Database,
  openid: string,
  key: TemplateKey,
  now: Date,
  next: (count: number) => number | null,
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const ref = tx.collection(GRANTS).doc(grantId(openid, key))
    const current = await ref.get<GrantDoc>().then(
      (r) => (r.data && r.data.openid ? r.data : null),
      () => null,
    )
    const count = next(current?.count ?? 0)
    if (count === null) return false
    if (current) await ref.update({ data: { count, updatedAt: now } })
    else await ref.set({ data: { openid, templateKey: key, count, updatedAt: now } })
    return true
  })
}

export async function addGrants(
  db: Database,
  openid: string,
  keys: readonly TemplateKey[],
  now: Date,
): Promise<void> {
  for (const key of keys) await change(db, openid, key, now, (c) => c + 1)
}

/** Takes one grant if there is one; false means "no grant left, the inbox only". */
export function takeGrant(db: Database, openid: string, key: TemplateKey, now: Date): Promise<boolean> {
  return change(db, openid, key, now, (c) => (c > 0 ? c - 1 : null))
}

/** WeChat refused the data (47003…) without using the user's grant: give it back. */
export async function refundGrant(db: Database, openid: string, key: TemplateKey, now: Date): Promise<void> {
  await change(db, openid, key, now, (c) => c + 1)
}

/** WeChat said 43101 (no grant): our count was wrong, trust WeChat. */
export async function clearGrant(db: Database, openid: string, key: TemplateKey, now: Date): Promise<void> {
  await change(db, openid, key, now, () => 0)
}

export async function grantsOf(
  db: Database,
  openid: string,
): Promise<Array<{ key: TemplateKey; label: string; remaining: number }>> {
  const res = await db.collection(GRANTS).where({ openid }).limit(20).get<GrantDoc>()
  const byKey = new Map(res.data.map((g) => [g.templateKey, g.count]))
  return (Object.keys(NOTICE_TEMPLATES) as TemplateKey[]).map((key) => ({
    key,
    label: NOTICE_TEMPLATES[key].label,
    remaining: byKey.get(key) ?? 0,
  }))
}
