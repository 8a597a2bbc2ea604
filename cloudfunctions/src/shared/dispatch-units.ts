import type { DispatchUnitKind } from '@contract/domain/dispatch-unit'
import type { Database, Doc } from './db-types'
import { findByKeys, insertAll, pageAll, updateAll } from './paging'

/** The one owner of `dispatch_units` (派出单位). */
const DISPATCH_UNITS = 'dispatch_units'

export interface DispatchUnitDoc {
  _id: string
  ownerUnitId: string
  name: string
  kind: DispatchUnitKind
  contactName: string
  contactPhoneMasked: string
  contactPhoneHash: string
  contactPhoneEnc: string
  contactPersonId: string | null
  status: 'active' | 'archived'
  createdAt: Date
  updatedAt: Date
}

export async function getDispatchUnit(db: Database, id: string): Promise<DispatchUnitDoc | null> {
  return (await db.collection(DISPATCH_UNITS).doc(id).get<DispatchUnitDoc>()).data
}

export async function dispatchUnitsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, DispatchUnitDoc>> {
  const found = await findByKeys<DispatchUnitDoc>(db, DISPATCH_UNITS, '_id', ids)
  return new Map(found.map((d) => [d._id, d]))
}

/** Every dispatching unit a county (or prefecture) registered, by name order of insertion. */
export async function dispatchUnitsOf(db: Database, ownerUnitId: string): Promise<DispatchUnitDoc[]> {
  return pageAll<DispatchUnitDoc>(db, DISPATCH_UNITS, { ownerUnitId })
}

export async function insertDispatchUnit(db: Database, doc: DispatchUnitDoc): Promise<void> {
  await db.collection(DISPATCH_UNITS).add({ data: { ...doc } })
}

export async function updateDispatchUnit(
  db: Database,
  id: string,
  data: Partial<Omit<DispatchUnitDoc, '_id'>>,
): Promise<void> {
  await db.collection(DISPATCH_UNITS).doc(id).update({ data })
}

/** What a county import registers or changes, in batches. */
export async function writeDispatchUnits(
  db: Database,
  w: { creates: Doc[]; updates: Array<{ id: string; data: Doc }> },
): Promise<void> {
  await insertAll(db, DISPATCH_UNITS, w.creates)
  await updateAll(db, DISPATCH_UNITS, w.updates)
}

/** Names of the 派出单位 that sent some people, keyed by unit id (the 记实's 派出单位 column). */
export async function dispatchUnitNames(
  db: Database,
  people: ReadonlyArray<{ dispatchUnitId?: string | null }>,
): Promise<Map<string, string>> {
  const ids = [...new Set(people.flatMap((p) => (p.dispatchUnitId ? [p.dispatchUnitId] : [])))]
  if (ids.length === 0) return new Map()
  return new Map([...(await dispatchUnitsByIds(db, ids)).values()].map((u) => [u._id, u.name]))
}
