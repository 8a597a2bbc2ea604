import type { Database } from '../shared/db-types'
import type { AuditDoc } from '../shared/docs'
import { POLICY_AUDIT_TARGET } from '../shared/policy-change'

/** The change history of a county's settings: its audit lines, newest first. */
export async function settingsHistory(db: Database, countyId: string, limit = 50): Promise<Array<AuditDoc & { _id: string }>> {
  const res = await db
    .collection('audit_log')
    .where({ targetId: countyId, targetType: POLICY_AUDIT_TARGET })
    .orderBy('at', 'desc')
    .limit(limit)
    .get<AuditDoc & { _id: string }>()
  return res.data
}
