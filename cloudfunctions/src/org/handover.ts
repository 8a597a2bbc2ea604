import { AppError } from '@contract/errors'
import type { HandoverPreview, HandoverResult } from '@contract/api/org-postings'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { HandlerContext } from '../shared/context'
import type { PersonDoc } from '../shared/docs'
import { handOverPairing, householdsOfCadre } from '../shared/households'
import { getActivePerson } from '../shared/people'
import { teamLeaderOf, type PostingDoc } from '../shared/postings'
import { handOverNotices, noticesTakingObjections } from '../shared/public-notices'
import { handOverItems, openItemsOfPerson, registeredItemsOf } from '../shared/rectify-items-open'

export interface Receiver {
  person: PersonDoc
  why: '接任人' | '队长'
}

/** Who takes the cadre's work: the successor when one is named, else the village's 队长 (not the cadre). */
export async function receiverOf(
  ctx: HandlerContext,
  posting: PostingDoc,
  successorId: string | null,
): Promise<Receiver | null> {
  if (successorId) {
    if (successorId === posting.personId)
      throw new AppError('invalid-argument', '接任人不能是本人', { field: 'successor' })
    const person = await getActivePerson(ctx.db, successorId)
    if (!person) throw new AppError('not-found', '接任人不存在或已停用', { field: 'successor' })
    return { person, why: '接任人' }
  }
  const leader = await teamLeaderOf(ctx.db, posting.villageId)
  if (!leader || leader.personId === posting.personId) return null
  const person = await getActivePerson(ctx.db, leader.personId)
  return person ? { person, why: '队长' } : null
}

/** What cannot move by itself and needs a word with the cadre before they leave. */
async function warningsOf(ctx: HandlerContext, personId: string): Promise<string[]> {
  const registered = await registeredItemsOf(ctx.db, personId)
  return [
    ...(registered > 0 ? [`有 ${registered} 项整改事项已挂号未派发，请其派发或撤回后再离任`] : []),
    '走访草稿保存在本人手机上，不能自动移交：请提醒其离任前提交，或交接时当面核对',
  ]
}

export async function previewHandover(
  ctx: HandlerContext,
  posting: PostingDoc,
  receiver: Receiver | null,
): Promise<HandoverPreview> {
  const today = shanghaiDay(ctx.now)
  const [households, items, notices, warnings] = await Promise.all([
    householdsOfCadre(ctx.db, posting.personId),
    openItemsOfPerson(ctx.db, posting.personId),
    noticesTakingObjections(ctx.db, posting.personId, today),
    warningsOf(ctx, posting.personId),
  ])
  return {
    postingId: posting._id,
    personName: posting.personName,
    receiver: receiver ? { id: receiver.person._id, name: receiver.person.name, why: receiver.why } : null,
    households: households.map((h) => ({ id: h._id, headName: h.headName })),
    items: items.map((i) => ({ id: i._id, problem: i.problem })),
    notices: notices.map((n) => ({ id: n._id, title: n.title })),
    warnings,
  }
}

/**
 * Moves everything still on the cadre to the receiver. Each part moves only what is still on the
 * cadre, so running it again after an interruption finishes the job and moves nothing twice.
 */
export async function runHandover(
  ctx: HandlerContext,
  posting: PostingDoc,
  receiver: Receiver,
  label: string,
): Promise<HandoverResult> {
  const to = { id: receiver.person._id, name: receiver.person.name }
  const line = `${shanghaiDay(ctx.now)} ${label}移交 ${posting.personName}→${to.name}`
  const households = await handOverPairing(ctx.db, posting.personId, to.id, ctx.now)
  const items = await handOverItems(ctx.db, posting.personId, to, line, ctx.now)
  const notices = await handOverNotices(ctx.db, posting.personId, to, shanghaiDay(ctx.now))
  return {
    receiverId: to.id,
    receiverName: to.name,
    households,
    items,
    notices,
    warnings: await warningsOf(ctx, posting.personId),
  }
}
