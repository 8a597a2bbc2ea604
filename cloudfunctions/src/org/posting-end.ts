import { AppError } from '@contract/errors'
import type { HandoverResult } from '@contract/api/org-postings'
import type { PostingEndKind, RecallReason } from '@contract/domain/posting'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { SignedInContext } from '../shared/context'
import { writeAudit } from '../shared/audit'
import { loadUnit } from '../shared/org-units'
import { getPerson, setPersonRoles } from '../shared/people'
import { activePostingsOfPeople, updatePosting, type PostingDoc } from '../shared/postings'
import { receiverOf, runHandover, type Receiver } from './handover'
import { grantsWithoutVillage } from './posting-grants'
import { endLabelOf } from './posting-view'
import { checkTerm, startPosting } from './posting-start'
import { loadPersonInScope } from './scope'
import { tellPostingEnded } from './posting-tell'

export interface EndInput {
  endKind: PostingEndKind
  endDay: string
  recallReason?: RecallReason
  note?: string
  successor?: { personId: string; batch: string; plannedEndDay: string }
}

/** The cadre no longer acts for the village; their other roles stay. */
async function dropVillageGrant(ctx: SignedInContext, posting: PostingDoc): Promise<void> {
  const person = await getPerson(ctx.db, posting.personId)
  if (person)
    await setPersonRoles(ctx.db, person._id, grantsWithoutVillage(person.roles, posting.villageId), ctx.now)
}

function checkEnd(posting: PostingDoc, input: EndInput, today: string): void {
  if (input.endDay < posting.startDay)
    throw new AppError('invalid-argument', `结束日期不能早于到村日期 ${posting.startDay}`, {
      field: 'endDay',
    })
  if (input.endDay > today)
    throw new AppError('invalid-argument', '结束日期不能晚于今天', { field: 'endDay' })
  if (input.endKind === 'recall') {
    if (!input.recallReason)
      throw new AppError('invalid-argument', '请选择召回调整的原因类别', { field: 'recallReason' })
    if ((input.note ?? '').length < 2)
      throw new AppError('invalid-argument', '召回调整须写明理由', { field: 'note' })
  } else if (input.recallReason) {
    throw new AppError('invalid-argument', '只有召回调整需要原因类别', { field: 'recallReason' })
  }
  if (input.endKind === 'rotation' && !input.successor)
    throw new AppError('invalid-argument', '轮换须指定接任人', { field: 'successor' })
  if (input.successor) checkTerm({ startDay: input.endDay, plannedEndDay: input.successor.plannedEndDay })
}

/** The successor's place in the team: their posting in this village already, or a new one from the end day. */
async function placeSuccessor(
  ctx: SignedInContext,
  posting: PostingDoc,
  input: EndInput,
  receiver: Receiver,
) {
  const successor = input.successor
  if (!successor) return
  const [current] = await activePostingsOfPeople(ctx.db, [receiver.person._id])
  if (current && current.villageId !== posting.villageId)
    throw new AppError('failed-precondition', `接任人${receiver.person.name}正在其他村任职`, {
      field: 'successor',
    })
  if (current) {
    if (posting.teamRole === 'leader' && current.teamRole !== 'leader')
      await updatePosting(ctx.db, current._id, { teamRole: 'leader', updatedAt: ctx.now })
    return
  }
  const village = await loadUnit(ctx.db, posting.villageId, '村不存在')
  const started = await startPosting(
    ctx,
    village,
    receiver.person,
    {
      teamRole: posting.teamRole,
      batch: successor.batch,
      startDay: input.endDay,
      plannedEndDay: successor.plannedEndDay,
    },
    posting._id,
  )
  await writeAudit(
    ctx,
    'posting',
    started._id,
    `${receiver.person.name}接任${village.name}${posting.teamRole === 'leader' ? '队长' : '队员'}（${successor.batch}）`,
  )
}

/**
 * Ends a posting in one step: the successor is placed, the cadre's households, open items and open
 * notices pass to the receiver, the posting is closed and the village leaves the cadre's grant; then
 * the audit line and the messages. The posting is closed last, so an interrupted step is finished by
 * running it again with the same input (each part moves only what is still on the cadre).
 */
export async function endPostingStep(
  ctx: SignedInContext,
  posting: PostingDoc,
  input: EndInput,
): Promise<{ posting: PostingDoc; handover: HandoverResult }> {
  const today = shanghaiDay(ctx.now)
  const successorId = input.successor?.personId ?? null
  if (posting.status === 'ended') return finishEnded(ctx, posting, input, successorId)
  checkEnd(posting, input, today)
  if (successorId) await loadPersonInScope(ctx, successorId, ['admin'])
  const receiver = await receiverOf(ctx, posting, successorId)
  if (!receiver)
    throw new AppError(
      'failed-precondition',
      posting.teamRole === 'leader' ? '队长离任须指定接任人' : '该村工作队暂无队长，请指定接任人',
      { field: 'successor' },
    )
  await placeSuccessor(ctx, posting, input, receiver)
  const ended: PostingDoc = {
    ...posting,
    status: 'ended',
    endedDay: input.endDay,
    endKind: input.endKind,
    recallReason: input.recallReason ?? null,
    endNote: input.note ? input.note : null,
    successorId,
    updatedAt: ctx.now,
  }
  const label = endLabelOf(ended) ?? ''
  const handover = await runHandover(ctx, posting, receiver, label)
  const { _id, ...data } = ended
  await updatePosting(ctx.db, _id, data)
  await dropVillageGrant(ctx, posting)
  await writeAudit(
    ctx,
    'posting',
    posting._id,
    `结束「${posting.personName}」的任职（${label}），结对户 ${handover.households} 户、整改事项 ${handover.items} 项、公示 ${handover.notices} 条移交${receiver.person.name}${input.note ? `；理由：${input.note}` : ''}`,
  )
  await tellPostingEnded(ctx, ended, receiver, handover)
  return { posting: ended, handover }
}

/** The same end asked again (an interrupted or repeated request): finish the handover, change nothing else. */
async function finishEnded(
  ctx: SignedInContext,
  posting: PostingDoc,
  input: EndInput,
  successorId: string | null,
): Promise<{ posting: PostingDoc; handover: HandoverResult }> {
  if (posting.endKind !== input.endKind || posting.successorId !== successorId)
    throw new AppError(
      'failed-precondition',
      `该任职已于 ${posting.endedDay ?? ''} 结束（${endLabelOf(posting) ?? ''}）`,
    )
  const receiver = await receiverOf(ctx, posting, successorId)
  if (!receiver) throw new AppError('failed-precondition', '该村工作队暂无队长，无法补完移交')
  const handover = await runHandover(ctx, posting, receiver, endLabelOf(posting) ?? '')
  await dropVillageGrant(ctx, posting)
  const moved = handover.households + handover.items + handover.notices
  if (moved > 0)
    await writeAudit(
      ctx,
      'posting',
      posting._id,
      `补完「${posting.personName}」的移交：共 ${moved} 项移交${receiver.person.name}`,
    )
  await tellPostingEnded(ctx, posting, receiver, handover)
  return { posting, handover }
}
