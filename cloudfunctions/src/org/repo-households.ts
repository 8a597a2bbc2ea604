import type { Database, Where } from '../shared/db-types'
import type { HouseholdDoc } from '../shared/docs'

export async function listVillageHouseholds(
  db: Database,
  villageId: string,
  pairedWith: string | null,
  page: { offset: number; limit: number },
): Promise<{ items: HouseholdDoc[]; total: number }> {
  const where: Where = { villageId }
  if (pairedWith) where.pairingCadreIds = pairedWith
  const [res, count] = await Promise.all([
    db.collection('households').where(where).orderBy('_id', 'asc').skip(page.offset).limit(page.limit).get<HouseholdDoc>(),
    db.collection('households').where(where).count(),
  ])
  return { items: res.data, total: count.total }
}

export async function countHouseholdsIn(db: Database, villageIds: string[]): Promise<number> {
  if (villageIds.length === 0) return 0
  return (await db.collection('households').where({ villageId: db.command.in(villageIds) }).count()).total
}

export async function getHousehold(db: Database, id: string): Promise<HouseholdDoc | null> {
  const res = await db.collection('households').where({ _id: id }).limit(1).get<HouseholdDoc>()
  return res.data[0] ?? null
}
