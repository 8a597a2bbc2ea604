import type { HouseholdKind } from '@contract/domain/monitoring'
import { kindAfterClearance } from '@contract/domain/monitoring-flow'
import type { Database } from '../shared/db-types'
import { getHousehold, setHouseholdMonitoring, type HouseholdDoc } from '../shared/households'
import { placeOfVillagePath } from '../shared/org-tree'
import { recountVillageHouseholds } from '../shared/village-household-stats'
import { casesOfHousehold, type MonitorCaseDoc } from '../shared/monitor-cases'
import { kindOf } from './new-case'

/** The kind a 风险消除 returns the household to: the kind its last 纳入 recorded, else its old status. */
export async function kindBeforeInclusion(db: Database, h: HouseholdDoc): Promise<HouseholdKind> {
  const included = (await casesOfHousehold(db, h._id)).filter(
    (c) => c.kind === 'inclusion' && c.step === 'done',
  )
  const prior = included[included.length - 1]?.priorKind
  if (prior) return kindAfterClearance(prior)
  return h.status === 'lifted' ? 'lifted' : 'ordinary'
}

/** What the county's confirmation changes: 纳入 makes a 监测对象 of its type, 风险消除 returns the prior kind. */
export async function confirmedChange(
  db: Database,
  doc: MonitorCaseDoc,
  h: HouseholdDoc,
): Promise<{
  kind: HouseholdKind
  priorKind: HouseholdKind | null
  monitorType: MonitorCaseDoc['monitorType']
}> {
  if (doc.kind === 'inclusion')
    return { kind: 'monitored', priorKind: kindOf(h), monitorType: doc.monitorType }
  return { kind: await kindBeforeInclusion(db, h), priorKind: null, monitorType: null }
}

export async function applyConfirmed(
  db: Database,
  householdId: string,
  change: { kind: HouseholdKind; monitorType: MonitorCaseDoc['monitorType'] },
  now: Date,
): Promise<void> {
  await setHouseholdMonitoring(db, householdId, {
    kind: change.kind,
    monitorType: change.monitorType,
    updatedAt: now,
  })
  // The village's households by kind (coverage per kind) follow at once, not only after the nightly recount.
  const h = await getHousehold(db, householdId)
  const place = h ? placeOfVillagePath(h.unitPath) : null
  if (h && place?.countyId) await recountVillageHouseholds(db, now, place.countyId, h.villageId)
}
