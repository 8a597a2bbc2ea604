import type { Database } from '../shared/db-types'
import type { LeaveDoc } from './docs'
import { pageAll } from '../shared/paging'

const LEAVES = 'presence_leaves'

export async function getLeave(db: Database, id: string): Promise<LeaveDoc | null> {
  return (await db.collection(LEAVES).doc(id).get<LeaveDoc>()).data
}

export async function insertLeave(db: Database, doc: LeaveDoc): Promise<void> {
  await db.collection(LEAVES).add({ data: { ...doc } })
}

export async function updateLeave(db: Database, id: string, data: Partial<Omit<LeaveDoc, '_id'>>): Promise<void> {
  await db.collection(LEAVES).doc(id).update({ data })
}

/** A person's most recent leaves (newest first); enough to cover any month being looked at. */
export async function leavesOfPerson(db: Database, personId: string, limit = 100): Promise<LeaveDoc[]> {
  const res = await db.collection(LEAVES).where({ personId }).orderBy('startDay', 'desc').limit(limit).get<LeaveDoc>()
  return res.data
}

export async function leavesForApprover(db: Database, unitIds: string[]): Promise<LeaveDoc[]> {
  if (unitIds.length === 0) return []
  const _ = db.command
  const res = await db.collection(LEAVES).where({ approverUnitId: _.in(unitIds) }).orderBy('startDay', 'desc').limit(100).get<LeaveDoc>()
  return res.data
}

/** Leaves of some villages still running on or after a day (today view, spot checks). */
export async function leavesOfVillagesFrom(db: Database, villageIds: string[], fromDay: string): Promise<LeaveDoc[]> {
  const _ = db.command
  return pageAll<LeaveDoc>(db, LEAVES, { villageId: _.in(villageIds), endDay: _.gte(fromDay) })
}

/** Leaves of some townships ending on or after a day (export). */
export async function leavesOfTownshipsFrom(db: Database, townshipIds: string[], fromDay: string): Promise<LeaveDoc[]> {
  const _ = db.command
  return pageAll<LeaveDoc>(db, LEAVES, { townshipId: _.in(townshipIds), endDay: _.gte(fromDay) })
}
