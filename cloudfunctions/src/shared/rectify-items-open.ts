import { OPEN_STATES } from '@contract/domain/rectification'
import type { Database } from './db-types'
import { pageAll, updateAll } from './paging'
import { ITEMS, type RectItemDoc } from './rectify-items'

export interface OpenItem {
  villageId: string
  townshipId: string
  deadlineAt: Date
}

/**
 * Open items of a unit (the report's nightly count). The `<level>Id + state` index means closed
 * history is never read; a busy county still has a thousand open, hence nightly, not per view.
 */
export function openItems(
  db: Database,
  level: 'county' | 'township' | 'village',
  unitId: string,
): Promise<OpenItem[]> {
  return pageAll<OpenItem>(db, ITEMS, { [`${level}Id`]: unitId, state: db.command.in([...OPEN_STATES]) })
}

/** Open items of some villages, with who answers for them (the overdue reminders). */
export function openItemsOfVillages(
  db: Database,
  villageIds: readonly string[],
): Promise<Array<Pick<RectItemDoc, 'responsiblePersonId' | 'villageId' | 'deadlineAt'>>> {
  const _ = db.command
  return pageAll(db, ITEMS, { villageId: _.in([...villageIds]), state: _.in([...OPEN_STATES]) })
}

/** As many trail lines as the rectify function keeps (its transition slices the same way). */
const TRAIL_KEPT = 40

/** Open items a person answers for (index responsible_state): what a handover moves. */
export function openItemsOfPerson(
  db: Database,
  personId: string,
): Promise<Array<Pick<RectItemDoc, '_id' | 'problem' | 'version' | 'trail'>>> {
  const _ = db.command
  return pageAll(db, ITEMS, { responsiblePersonId: personId, state: _.in([...OPEN_STATES]) })
}

/** Items a person registered and has not dispatched yet (挂号): their work in progress, warned about. */
export async function registeredItemsOf(db: Database, personId: string): Promise<number> {
  const res = await db.collection(ITEMS).where({ registeredById: personId, state: 'registered' }).count()
  return res.total
}

/**
 * A posting ends: the person's open items pass to `to`, each with a line in its trail. Only items still
 * on `fromId` change, so re-running after an interruption moves the rest and nothing twice.
 */
export async function handOverItems(
  db: Database,
  fromId: string,
  to: { id: string; name: string },
  trailLine: string,
  now: Date,
): Promise<number> {
  const items = await openItemsOfPerson(db, fromId)
  await updateAll(
    db,
    ITEMS,
    items.map((i) => ({
      id: i._id,
      data: {
        responsiblePersonId: to.id,
        responsibleName: to.name,
        version: i.version + 1,
        trail: [...i.trail, trailLine].slice(-TRAIL_KEPT),
        updatedAt: now,
      },
    })),
  )
  return items.length
}
