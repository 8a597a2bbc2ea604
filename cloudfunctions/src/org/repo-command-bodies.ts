import type { CommandLevel, CommandRole } from '@contract/domain/command-body'
import type { Database } from '../shared/db-types'
import { repathField, type RepathBatch } from '../shared/repath'
import type { TreeUnit } from '../shared/org-tree'

/** The one owner of `command_bodies`: 指挥部 / 工作站 / 作战室, one per unit, memberships kept inside. */
const COMMAND_BODIES = 'command_bodies'

export interface MembershipDoc {
  personId: string
  personName: string
  role: CommandRole
  title: string | null
  fromDay: string
  untilDay: string | null
  viaSecondment: boolean
}

export interface CommandBodyDoc {
  _id: string
  unitId: string
  /** The unit's parent: a unit's page lists its own body and its children's in one indexed read. */
  parentUnitId: string | null
  unitLevel: CommandLevel
  unitPath: string[]
  name: string
  memberships: MembershipDoc[]
  createdAt: Date
  updatedAt: Date
}

/** One body per unit, so the id follows from the unit. */
export const commandBodyIdOf = (unitId: string) => `cb-${unitId.replace(/^u-/, '')}`

export async function getCommandBody(db: Database, id: string): Promise<CommandBodyDoc | null> {
  return (await db.collection(COMMAND_BODIES).doc(id).get<CommandBodyDoc>()).data
}

/** The unit's own body and those of its direct children (at most a few hundred). */
export async function commandBodiesAt(db: Database, unitId: string): Promise<CommandBodyDoc[]> {
  const _ = db.command
  const res = await db
    .collection(COMMAND_BODIES)
    .where(_.or({ unitId }, { parentUnitId: unitId }))
    .limit(1000)
    .get<CommandBodyDoc>()
  return res.data
}

export async function insertCommandBody(db: Database, doc: CommandBodyDoc): Promise<void> {
  await db.collection(COMMAND_BODIES).add({ data: { ...doc } })
}

export async function updateCommandBody(
  db: Database,
  id: string,
  data: Partial<Pick<CommandBodyDoc, 'name' | 'memberships' | 'updatedAt'>>,
): Promise<void> {
  await db.collection(COMMAND_BODIES).doc(id).update({ data })
}

export function repathCommandBodiesUnder(
  db: Database,
  anchor: TreeUnit,
  budget: number,
): Promise<RepathBatch> {
  return repathField(db, COMMAND_BODIES, 'unitPath', anchor, budget)
}
