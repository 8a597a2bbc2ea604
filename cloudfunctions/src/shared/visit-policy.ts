import { DEFAULT_COVERAGE_POLICY, type CoveragePolicy } from '@contract/domain/visit-period'
import type { Database } from './db-types'

// The one owner of the county visit (coverage) policies: visit writes them; notice and report read them.
const POLICIES = 'visit_policies'

export interface VisitPolicyDoc extends CoveragePolicy {
  _id: string
  reason: string
  updatedAt: Date
  updatedById: string
}

/** One policy doc per county, keyed by the county id; absent means the default (monthly). */
export async function loadVisitPolicy(db: Database, countyId: string): Promise<VisitPolicyDoc> {
  const doc = (await db.collection(POLICIES).doc(countyId).get<VisitPolicyDoc>()).data
  return (
    doc ?? { _id: countyId, ...DEFAULT_COVERAGE_POLICY, reason: '', updatedAt: new Date(0), updatedById: '' }
  )
}

export async function saveVisitPolicy(
  db: Database,
  countyId: string,
  policy: CoveragePolicy,
  meta: { reason: string; at: Date; byId: string },
): Promise<VisitPolicyDoc> {
  const doc: VisitPolicyDoc = {
    _id: countyId,
    ...policy,
    reason: meta.reason,
    updatedAt: meta.at,
    updatedById: meta.byId,
  }
  const { _id, ...data } = doc
  await db.collection(POLICIES).doc(_id).set({ data })
  return doc
}
