import type { HandoverResult } from '@contract/api/org-postings'
import { TEAM_ROLE_LABELS } from '@contract/domain/posting'
import type { SignedInContext } from '../shared/context'
import { getDispatchUnit } from '../shared/dispatch-units'
import { tellEvent } from '../shared/notify-events'
import { unitById } from '../shared/org-units'
import type { PostingDoc } from '../shared/postings'
import type { Receiver } from './handover'
import { endLabelOf } from './posting-view'

/** The 派出单位's contact, who stays responsible for the cadre and is told of the term and its end. */
async function contactOf(ctx: SignedInContext, posting: PostingDoc): Promise<string | null> {
  if (!posting.dispatchUnitId) return null
  return (await getDispatchUnit(ctx.db, posting.dispatchUnitId))?.contactPersonId ?? null
}

async function villageName(ctx: SignedInContext, villageId: string): Promise<string> {
  return (await unitById(ctx.db, villageId))?.name ?? ''
}

export async function tellPostingStarted(ctx: SignedInContext, posting: PostingDoc): Promise<void> {
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'posting_started',
      id: posting._id,
      actorId: ctx.caller.person._id,
      payload: {
        postingId: posting._id,
        personId: posting.personId,
        contactId: await contactOf(ctx, posting),
        personName: posting.personName,
        villageName: await villageName(ctx, posting.villageId),
        teamRoleLabel: TEAM_ROLE_LABELS[posting.teamRole],
        batch: posting.batch,
        startDay: posting.startDay,
        plannedEndDay: posting.plannedEndDay,
      },
    },
    ctx.requestId,
  )
}

/** The cadre, whoever took the work over, and the 派出单位's contact. */
export async function tellPostingEnded(
  ctx: SignedInContext,
  posting: PostingDoc,
  receiver: Receiver,
  handover: HandoverResult,
): Promise<void> {
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'posting_ended',
      id: posting._id,
      actorId: ctx.caller.person._id,
      payload: {
        postingId: posting._id,
        personId: posting.personId,
        receiverId: receiver.person._id,
        contactId: await contactOf(ctx, posting),
        personName: posting.personName,
        receiverName: receiver.person.name,
        villageName: await villageName(ctx, posting.villageId),
        endLabel: endLabelOf(posting) ?? '',
        endDay: posting.endedDay ?? '',
        households: handover.households,
        items: handover.items,
        notices: handover.notices,
      },
    },
    ctx.requestId,
  )
}
