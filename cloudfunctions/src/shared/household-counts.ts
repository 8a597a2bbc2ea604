import { REGISTERED_STATUS } from '@contract/domain/household'
import { HOUSEHOLD_KIND, type HouseholdKind } from '@contract/domain/monitoring'
import type { Database } from './db-types'
import { HOUSEHOLDS, kindOf, type HouseholdDoc } from './households'

export interface VillageHouseholdCounts {
  villageId: string
  unitPath: string[]
  households: number
  pairedHouseholds: number
  /** By 2026 kind; a record the migration has not reached counts under the kind it will get. */
  byKind: Record<HouseholdKind, number>
}

/** Households, paired households and households by kind per village of a county (or one village of it). */
export async function householdCountsByVillage(
  db: Database,
  countyId: string,
  villageId?: string,
): Promise<VillageHouseholdCounts[]> {
  const out = new Map<string, VillageHouseholdCounts>()
  // One group per village, kind and (pre-2026) status: a county has a few hundred villages.
  for (let offset = 0; ; offset += 1000) {
    const res = await db
      .collection(HOUSEHOLDS)
      .aggregate()
      .match(villageId ? { unitPath: countyId, villageId } : { unitPath: countyId })
      .group({
        _id: { villageId: '$villageId', kind: '$kind', status: '$status' },
        households: { $sum: 1 },
        pairedHouseholds: {
          $sum: { $cond: [{ $gt: [{ $size: { $ifNull: ['$pairingCadreIds', []] } }, 0] }, 1, 0] },
        },
        unitPath: { $first: '$unitPath' },
      })
      .sort({ _id: 1 })
      .skip(offset)
      .limit(1000)
      .end()
    for (const row of res.list) {
      const key = groupKey(row._id)
      const village = out.get(key.villageId) ?? {
        villageId: key.villageId,
        unitPath: Array.isArray(row.unitPath) ? row.unitPath.map(String) : [],
        households: 0,
        pairedHouseholds: 0,
        byKind: { lifted: 0, monitored: 0, ordinary: 0 },
      }
      const n = Number(row.households) || 0
      village.households += n
      village.pairedHouseholds += Number(row.pairedHouseholds) || 0
      village.byKind[kindOf(key).kind] += n
      out.set(key.villageId, village)
    }
    if (res.list.length < 1000) return [...out.values()]
  }
}

function groupKey(id: unknown): { villageId: string } & Pick<HouseholdDoc, 'kind' | 'status'> {
  const o: Record<string, unknown> = id !== null && typeof id === 'object' ? { ...id } : {}
  const kind = HOUSEHOLD_KIND.schema.safeParse(o.kind)
  const status = REGISTERED_STATUS.schema.safeParse(o.status)
  return {
    villageId: String(o.villageId ?? ''),
    kind: kind.success ? kind.data : undefined,
    status: status.success ? status.data : undefined,
  }
}
