import {
  ESCALATION_POLICY,
  ESCALATION_STEP_LABELS,
  escalationStep,
  windowStart,
} from '@contract/domain/rectification-escalation'
import type { Database } from '../shared/db-types'
import { tellEvent } from '../shared/notify-events'
import type { EscalationDoc, RectEventDoc, RectItemDoc } from './docs'
import { countStrikes } from './repo-events'
import { addEscalation } from './repo-escalations'
import { getActivePerson } from '../shared/people'

/**
 * A deadline was just missed (the event is its strike): count what the policy counts — the person's
 * missed deadlines in the rolling window — and propose the matching step for a supervisor to decide.
 * The person concerned is told that a proposal exists. The proposal's id is the event's, so a
 * retried job cannot propose twice.
 */
export async function proposeEscalation(
  db: Database,
  item: RectItemDoc,
  event: RectEventDoc,
  now: Date,
): Promise<EscalationDoc | null> {
  const personId = event.strikePersonId
  if (!personId) return null
  const count = await countStrikes(
    db,
    personId,
    ESCALATION_POLICY.counts,
    windowStart(now, ESCALATION_POLICY.windowMonths),
    now,
  )
  const stepName = escalationStep(count)
  if (!stepName) return null
  const person = await getActivePerson(db, personId)
  const doc: EscalationDoc = {
    _id: `esc-${event._id}`,
    personId,
    personName: person?.name ?? item.responsibleName,
    step: stepName,
    strikeCount: count,
    strikeKind: ESCALATION_POLICY.counts,
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
  await tellEvent(db, now, {
    kind: 'escalation_proposed',
    id: doc._id,
    actorId: null,
    payload: {
      escalationId: doc._id,
      itemId: item._id,
      personId,
      stepLabel: ESCALATION_STEP_LABELS[stepName],
      missedDeadlines: count,
      problem: item.problem,
    },
  })
  return doc
}
