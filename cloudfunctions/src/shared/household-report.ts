import type { Database } from './db-types'
import { HOUSEHOLDS, kindOf, type HouseholdDoc } from './households'

/** What a report row needs of a household: masked ID, size, kind; never the encrypted values. */
export type HouseholdReportFields = Pick<
  HouseholdDoc,
  '_id' | 'headName' | 'idMasked' | 'villageId' | 'groupId' | 'members' | 'kind' | 'monitorType' | 'status'
>

/** Households by id for a report, 500 ids a read, projected. */
export async function householdsForReport(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, HouseholdReportFields>> {
  const out = new Map<string, HouseholdReportFields>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 500) {
    const res = await db
      .collection(HOUSEHOLDS)
      .where({ _id: db.command.in(unique.slice(i, i + 500)) })
      .limit(1000)
      .field({
        headName: true,
        idMasked: true,
        villageId: true,
        groupId: true,
        members: true,
        kind: true,
        monitorType: true,
        status: true,
      })
      .get<HouseholdReportFields>()
    // A record the 2026 migration has not reached yet reads with its mapped kind, as screens show it.
    for (const h of res.data) out.set(h._id, { ...h, ...kindOf(h) })
  }
  return out
}
