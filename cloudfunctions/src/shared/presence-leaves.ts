import type { ApproverLevel, LeaveStatus, LeaveType } from '@contract/domain/presence'
import type { Database } from './db-types'
import { pageAll } from './paging'

const LEAVES = 'presence_leaves'

/** One step of a leave's approval chain, and its decision once made. */
export interface LeaveStep {
  level: ApproverLevel
  /** The township, county or prefecture whose leader or admin decides; null for the 队长. */
  unitId: string | null
  /** The 队长 who decides; null for the unit steps. */
  personId: string | null
  decision: 'approved' | 'rejected' | null
  comment: string | null
  decidedById: string | null
  decidedByName: string | null
  decidedAt: Date | null
}

/** A cadre's leave: asked and decided in the presence function, read by its reminders and exports. */
export interface LeaveDoc {
  _id: string
  personId: string
  personName: string
  villageId: string
  villageName: string
  townshipId: string
  countyId: string
  type: LeaveType
  startDay: string
  endDay: string
  days: number
  reason: string
  status: LeaveStatus
  /** The step now waiting (or the last one that acted): kept flat for the approvers' index. */
  approverLevel: ApproverLevel
  approverUnitId: string
  comment: string | null
  decidedById: string | null
  decidedByName: string | null
  decidedAt: Date | null
  returnedDay: string | null
  createdAt: Date
  /** The approval chain; absent on leaves asked before chains existed (one step: approverLevel). */
  steps?: LeaveStep[]
  /** The step now waiting; equals steps.length once the leave is decided. */
  stepIndex?: number
  /** The 队长 on the chain, if any, and every unit on it: the approvers' boxes find the leave by these. */
  teamLeaderId?: string | null
  approverUnitIds?: string[]
  /** The 派出单位 of the cadre when asked: its contact is told of the decision. */
  dispatchUnitId?: string | null
}

export async function getLeave(db: Database, id: string): Promise<LeaveDoc | null> {
  return (await db.collection(LEAVES).doc(id).get<LeaveDoc>()).data
}

export async function insertLeave(db: Database, doc: LeaveDoc): Promise<void> {
  await db.collection(LEAVES).add({ data: { ...doc } })
}

export async function updateLeave(
  db: Database,
  id: string,
  data: Partial<Omit<LeaveDoc, '_id'>>,
): Promise<void> {
  await db.collection(LEAVES).doc(id).update({ data })
}

/** A person's most recent leaves (newest first); enough to cover any month being looked at. */
export async function leavesOfPerson(db: Database, personId: string, limit = 100): Promise<LeaveDoc[]> {
  const res = await db
    .collection(LEAVES)
    .where({ personId })
    .orderBy('startDay', 'desc')
    .limit(limit)
    .get<LeaveDoc>()
  return res.data
}

export async function leavesForApprover(db: Database, unitIds: string[]): Promise<LeaveDoc[]> {
  if (unitIds.length === 0) return []
  const _ = db.command
  const res = await db
    .collection(LEAVES)
    .where({ approverUnitId: _.in(unitIds) })
    .orderBy('startDay', 'desc')
    .limit(100)
    .get<LeaveDoc>()
  return res.data
}

/** Leaves whose chain passes one of these units (township, county, prefecture), newest first. */
export async function leavesOnChainOf(db: Database, unitIds: string[]): Promise<LeaveDoc[]> {
  if (unitIds.length === 0) return []
  const _ = db.command
  const res = await db
    .collection(LEAVES)
    .where({ approverUnitIds: _.in(unitIds) })
    .orderBy('startDay', 'desc')
    .limit(100)
    .get<LeaveDoc>()
  return res.data
}

/** Leaves whose chain starts with this 队长, newest first. */
export async function leavesOfTeamLeader(db: Database, personId: string): Promise<LeaveDoc[]> {
  const res = await db
    .collection(LEAVES)
    .where({ teamLeaderId: personId })
    .orderBy('startDay', 'desc')
    .limit(100)
    .get<LeaveDoc>()
  return res.data
}

/** Leaves of some villages still running on or after a day (today view, spot checks). */
export async function leavesOfVillagesFrom(
  db: Database,
  villageIds: readonly string[],
  fromDay: string,
): Promise<LeaveDoc[]> {
  const _ = db.command
  return pageAll<LeaveDoc>(db, LEAVES, { villageId: _.in([...villageIds]), endDay: _.gte(fromDay) })
}

/** Leaves of some townships ending on or after a day (export). */
export async function leavesOfTownshipsFrom(
  db: Database,
  townshipIds: string[],
  fromDay: string,
): Promise<LeaveDoc[]> {
  const _ = db.command
  return pageAll<LeaveDoc>(db, LEAVES, { townshipId: _.in(townshipIds), endDay: _.gte(fromDay) })
}

/** Leaves of some people ending on or after a day (a 派出单位's cadres over a year), 100 people a read. */
export async function leavesOfPeopleFrom(
  db: Database,
  personIds: readonly string[],
  fromDay: string,
): Promise<LeaveDoc[]> {
  const _ = db.command
  const unique = [...new Set(personIds)]
  const out: LeaveDoc[] = []
  for (let i = 0; i < unique.length; i += 100)
    out.push(
      ...(await pageAll<LeaveDoc>(db, LEAVES, {
        personId: _.in(unique.slice(i, i + 100)),
        endDay: _.gte(fromDay),
      })),
    )
  return out
}
