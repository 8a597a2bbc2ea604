import { DEFAULT_COVERAGE_POLICY, type CoveragePolicy } from '@contract/domain/visit-period'
import { DEFAULT_KIND_PERIODS, type KindPeriods } from '@contract/domain/kind-periods'
import type { Database } from './db-types'

// The one owner of the county visit (coverage) policies: visit writes them; notice and report read them.
const POLICIES = 'visit_policies'

export interface VisitPolicyDoc extends CoveragePolicy {
  _id: string
  reason: string
  updatedAt: Date
  updatedById: string
  /** 走访周期 per household kind (absent: the default, 监测对象 monthly, 脱贫户 quarterly). */
  byKind?: KindPeriods
  byKindReason?: string
  byKindUpdatedAt?: Date
  byKindUpdatedById?: string
}

/** The county's periods per household kind. */
export function kindPeriodsOf(doc: Pick<VisitPolicyDoc, 'byKind'>): KindPeriods {
  return doc.byKind ?? DEFAULT_KIND_PERIODS
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
  const current = await loadVisitPolicy(db, countyId)
  const doc: VisitPolicyDoc = {
    ...current,
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

/** Sets the periods per household kind; they apply at once (each household's period is calendar-aligned). */
export async function saveKindPeriods(
  db: Database,
  countyId: string,
  byKind: KindPeriods,
  meta: { reason: string; at: Date; byId: string },
): Promise<VisitPolicyDoc> {
  const current = await loadVisitPolicy(db, countyId)
  const doc: VisitPolicyDoc = {
    ...current,
    byKind,
    byKindReason: meta.reason,
    byKindUpdatedAt: meta.at,
    byKindUpdatedById: meta.byId,
  }
  const { _id, ...data } = doc
  await db.collection(POLICIES).doc(_id).set({ data })
  return doc
}
