import { escalationStep, windowStart, type StrikeKind } from '@contract/domain/rectification-escalation'
import type { Database } from '../shared/db-types'
import type { EscalationDoc, RectEventDoc, RectItemDoc } from './docs'
import { countStrikes } from './repo-events'
import { addEscalation } from './repo-escalations'
import { getActivePerson } from '../shared/people'

/**
 * A strike was just appended (a rejection or an item gone overdue): count the person's strikes in
 * the rolling window and propose the matching step — 通报, 约谈, 问责 — for a supervisor to decide.
 * The proposal's id is the event's, so a retried job cannot propose twice.
 */
export async function proposeEscalation(db: Database, item: RectItemDoc, event: RectEventDoc, kind: StrikeKind, now: Date): Promise<EscalationDoc | null> {
  const personId = event.strikePersonId
  if (!personId) return null
  const count = await countStrikes(db, personId, windowStart(now), now)
  const stepName = escalationStep(count)
  if (!stepName) return null
  const person = await getActivePerson(db, personId)
  const doc: EscalationDoc = {
    _id: `esc-${event._id}`,
    personId,
    personName: person?.name ?? item.responsibleName,
    step: stepName,
    strikeCount: count,
    strikeKind: kind,
    itemId: item._id,
    eventId: event._id,
    countyId: item.countyId,
    townshipId: item.townshipId,
    villageId: item.villageId,
    villageName: item.villageName,
    itemProblem: item.problem.slice(0, 200),
    status: 'pending',
    createdAt: now,
    decidedById: null,
    decidedByName: null,
    decidedAt: null,
    comment: null,
  }
  await addEscalation(db, doc)
  return doc
}
