import { DEFAULT_COVERAGE_POLICY, type CoveragePolicy } from '@contract/domain/visit-period'
import type { Database } from '../shared/db-types'
import type { PolicyDoc } from './docs'

const POLICIES = 'visit_policies'

/** One policy doc per county, keyed by the county id; absent means the default (monthly). */
export async function loadPolicy(db: Database, countyId: string): Promise<PolicyDoc> {
  const res = await db.collection(POLICIES).where({ _id: countyId }).limit(1).get<PolicyDoc>()
  return res.data[0] ?? { _id: countyId, ...DEFAULT_COVERAGE_POLICY, reason: '', updatedAt: new Date(0), updatedById: '' }
}

export async function savePolicy(db: Database, countyId: string, policy: CoveragePolicy, meta: { reason: string; at: Date; byId: string }): Promise<PolicyDoc> {
  const doc: PolicyDoc = { _id: countyId, ...policy, reason: meta.reason, updatedAt: meta.at, updatedById: meta.byId }
  const { _id, ...data } = doc
  await db.collection(POLICIES).doc(_id).set({ data })
  return doc
}
