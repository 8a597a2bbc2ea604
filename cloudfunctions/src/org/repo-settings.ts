import type { Database } from '../shared/db-types'
import { auditOfTarget } from '../shared/audit'
import type { AuditDoc } from '../shared/docs'
import { POLICY_AUDIT_TARGET } from '../shared/policy-change'

/** The visit function audits its 走访周期 changes under this target type (visit/handlers/set-policy.ts). */
const VISIT_POLICY_AUDIT = 'visit_policy'

/** The change history of a county's settings (and its 走访周期): their audit lines, newest first. */
export async function settingsHistory(
  db: Database,
  countyId: string,
  limit = 50,
): Promise<Array<AuditDoc & { _id: string }>> {
  return auditOfTarget(db, countyId, [POLICY_AUDIT_TARGET, VISIT_POLICY_AUDIT], limit)
}
