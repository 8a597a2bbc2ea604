import type { Database, Where } from '../shared/db-types'
import type { EscalationDoc } from './docs'

export const ESCALATIONS = 'escalations'

export async function findEscalation(db: Database, id: string): Promise<EscalationDoc | null> {
  return (await db.collection(ESCALATIONS).doc(id).get<EscalationDoc>()).data
}

export async function addEscalation(db: Database, doc: EscalationDoc): Promise<void> {
  await db.collection(ESCALATIONS).add({ data: { ...doc } })
}

export async function pageEscalations(
  db: Database,
  where: Where | unknown,
  offset: number,
  limit: number,
): Promise<{ items: EscalationDoc[]; total: number }> {
  const query = db.collection(ESCALATIONS).where(where as Where)
  const [total, res] = await Promise.all([
    query.count(),
    query.orderBy('createdAt', 'desc').skip(offset).limit(limit).get<EscalationDoc>(),
  ])
  return { items: res.data, total: total.total }
}

/** Decide a pending escalation; the status guard makes a second decision a no-op. */
export async function decideEscalation(
  db: Database,
  id: string,
  fields: Partial<EscalationDoc>,
): Promise<boolean> {
  const res = await db
    .collection(ESCALATIONS)
    .where({ _id: id, status: 'pending' })
    .update({ data: { ...fields } })
  return res.stats.updated === 1
}
