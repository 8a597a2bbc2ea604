import type { CommandLevel, CommandRole } from '@contract/domain/command-body'
import { AppError } from '@contract/errors'
import type { Database } from '../shared/db-types'
import { inTransaction } from '../shared/transaction'
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

export async function renameCommandBodyDoc(db: Database, id: string, name: string, now: Date): Promise<void> {
  await db
    .collection(COMMAND_BODIES)
    .doc(id)
    .update({ data: { name, updatedAt: now } })
}

/**
 * Changes the memberships on the stored record inside a transaction, so two admins adding members at
 * once both land; `change` decides on the fresh list (and may refuse with an AppError).
 */
export async function changeMemberships(
  db: Database,
  id: string,
  now: Date,
  change: (memberships: MembershipDoc[]) => MembershipDoc[],
): Promise<CommandBodyDoc> {
  return inTransaction(db, async (tx) => {
    const ref = tx.collection(COMMAND_BODIES).doc(id)
    const doc = (await ref.get<CommandBodyDoc>()).data
    if (!doc) throw new AppError('not-found', '指挥部（工作站、作战室）不存在')
    const memberships = change(doc.memberships)
    await ref.update({ data: { memberships, updatedAt: now } })
    return { ...doc, memberships, updatedAt: now }
  })
}

export function repathCommandBodiesUnder(
  db: Database,
  anchor: TreeUnit,
  budget: number,
): Promise<RepathBatch> {
  return repathField(db, COMMAND_BODIES, 'unitPath', anchor, budget)
}
