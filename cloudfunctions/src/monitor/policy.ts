import type { MonitoringSection } from '@contract/domain/county-policy'
import { POLICY_DEFAULTS } from '@contract/domain/county-policy'
import type { Database } from '../shared/db-types'
import { placeOfVillagePath } from '../shared/org-tree'
import { effectiveOf, getPolicyDoc } from '../shared/presence-policy'

/** The county's 防返贫监测 rules for a village path (its county's, else the defaults). */
export async function monitoringPolicyOf(
  db: Database,
  villagePath: readonly string[],
): Promise<MonitoringSection> {
  const { countyId } = placeOfVillagePath(villagePath)
  if (!countyId) return { ...POLICY_DEFAULTS.monitoring }
  return effectiveOf(countyId, await getPolicyDoc(db, countyId)).monitoring.values
}
