import type { RosterDecision, RosterSign } from '@contract/domain/roster-review'
import type { Database } from '../shared/db-types'
import { pageAll } from '../shared/paging'

/** The one owner of `roster_decisions`: each 排查 decision, who made it and why. Never edited. */
const DECISIONS = 'roster_decisions'

export interface RosterDecisionDoc {
  _id: string
  countyId: string
  /** The case: `<sign>:<subject id>`. */
  key: string
  sign: RosterSign
  personId: string | null
  postingId: string | null
  villageId: string
  decision: RosterDecision
  reason: string
  decidedById: string
  decidedByName: string
  decidedAt: Date
  /** The Shanghai day of the decision: a later fact reopens the case. */
  decidedDay: string
}

export async function insertDecision(db: Database, doc: RosterDecisionDoc): Promise<void> {
  await db.collection(DECISIONS).add({ data: { ...doc } })
}

/** A county's decisions from a day on, newest first per key once the caller folds them. */
export async function decisionsOfCounty(
  db: Database,
  countyId: string,
  since: Date,
): Promise<RosterDecisionDoc[]> {
  return pageAll<RosterDecisionDoc>(
    db,
    DECISIONS,
    { countyId, decidedAt: db.command.gte(since) },
    'decidedAt',
  )
}
