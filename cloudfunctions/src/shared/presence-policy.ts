import { DEFAULT_POLICY, isStrictPolicy, type PolicyRules } from '@contract/domain/presence'
import type { PolicyView } from '@contract/api/presence-views'
import type { Database } from './db-types'

// The one owner of the county presence policies: presence writes them; org, report and notice read them.
const POLICIES = 'presence_policies'

export interface PolicyDoc extends PolicyRules {
  _id: string
  reason: string | null
  updatedAt: Date
  updatedById: string
  updatedByName: string
  history: Array<PolicyRules & { reason: string | null; at: Date; byName: string }>
}

/** The county's policy doc (id = county unit id), or null while the defaults apply. */
export async function getPolicyDoc(db: Database, countyId: string): Promise<PolicyDoc | null> {
  return (await db.collection(POLICIES).doc(countyId).get<PolicyDoc>()).data
}

export async function savePolicyDoc(db: Database, doc: PolicyDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(POLICIES).doc(_id).set({ data })
}

export function rulesOf(doc: PolicyDoc | null): PolicyRules {
  if (!doc) return { ...DEFAULT_POLICY }
  return { requiredDays: doc.requiredDays, checkInsPerDay: doc.checkInsPerDay, photoRequired: doc.photoRequired }
}

export function policyView(countyId: string, doc: PolicyDoc | null): PolicyView {
  const rules = rulesOf(doc)
  return {
    ...rules,
    countyId,
    reason: doc?.reason ?? null,
    strict: isStrictPolicy(rules),
    updatedAt: doc ? new Date(doc.updatedAt).toISOString() : null,
    updatedByName: doc?.updatedByName ?? null,
  }
}

export async function loadPolicy(db: Database, countyId: string): Promise<PolicyView> {
  return policyView(countyId, await getPolicyDoc(db, countyId))
}
