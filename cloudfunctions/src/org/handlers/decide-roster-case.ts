import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { ROSTER_DECISION_LABELS } from '@contract/domain/roster-review'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import type { SignedInContext } from '../../shared/context'
import { writeAudit } from '../../shared/audit'
import { tellEvent } from '../../shared/notify-events'
import { refuseSelfDecision } from '../../shared/self-decision'
import { getPosting, updatePosting } from '../../shared/postings'
import { checkTerm } from '../posting-start'
import { endPostingStep } from '../posting-end'
import { insertDecision } from '../repo-roster'
import { rosterCases, type RosterFacts } from '../roster-cases'
import { adminCounty } from '../settings-view'
import { refuseOutOfScopeCase } from '../roster-scope'

type Input = Parameters<Handler<'org', 'decideRosterCase'>>[0]

/** What the decision does besides being recorded: 调整 may move the planned end, 召回调整 ends the posting. */
async function carryOut(ctx: SignedInContext, c: RosterFacts, input: Input, today: string) {
  if (input.decision !== 'recall' && (input.recallReason || input.successor))
    throw new AppError('invalid-argument', '只有召回调整需要原因类别和接任人', { field: 'decision' })
  if (input.decision !== 'adjust' && input.plannedEndDay)
    throw new AppError('invalid-argument', '只有调整可以修改计划期满日', { field: 'plannedEndDay' })
  if (input.decision === 'keep') return null
  const posting = c.postingId ? await getPosting(ctx.db, c.postingId) : null
  if (input.decision === 'adjust') {
    if (!input.plannedEndDay) return null
    if (!posting || posting.status !== 'active')
      throw new AppError('failed-precondition', '该情形没有在任的任职，不能修改期满日', {
        field: 'plannedEndDay',
      })
    if (input.plannedEndDay < today)
      throw new AppError('invalid-argument', '新的计划期满日不能早于今天', { field: 'plannedEndDay' })
    checkTerm({ startDay: posting.startDay, plannedEndDay: input.plannedEndDay })
    await updatePosting(ctx.db, posting._id, { plannedEndDay: input.plannedEndDay, updatedAt: ctx.now })
    return null
  }
  if (!posting || posting.status !== 'active')
    throw new AppError('failed-precondition', '该情形没有在任的任职，不能召回调整', { field: 'decision' })
  if (!input.recallReason)
    throw new AppError('invalid-argument', '请选择召回调整的原因类别', { field: 'recallReason' })
  const done = await endPostingStep(ctx, posting, {
    endKind: 'recall',
    endDay: today,
    recallReason: input.recallReason,
    note: input.reason,
    successor: input.successor,
  })
  return done.handover
}

/** A 排查 decision — keep, adjust or recall — with who decided and the written reason; the person is told. */
export const decideRosterCase: Handler<'org', 'decideRosterCase'> = async (input, ctx) => {
  const county = await adminCounty(ctx)
  const today = shanghaiDay(ctx.now)
  const c = (await rosterCases(ctx, county, today)).find((x) => x.key === input.key)
  if (!c) {
    await refuseOutOfScopeCase(ctx, input.key)
    throw new AppError('not-found', '该排查情形已不存在，请刷新列表', { field: 'key' })
  }
  refuseSelfDecision(ctx.caller, { personIds: [c.personId] }, '排查决定', ctx.requestId)
  const handover = await carryOut(ctx, c, input, today)
  const id = `rd-${randomUUID().replace(/-/g, '').slice(0, 20)}`
  const me = ctx.caller.person
  await insertDecision(ctx.db, {
    _id: id,
    countyId: county._id,
    key: c.key,
    sign: c.sign,
    personId: c.personId,
    postingId: c.postingId,
    villageId: c.villageId,
    decision: input.decision,
    reason: input.reason,
    decidedById: me._id,
    decidedByName: me.name,
    decidedAt: ctx.now,
    decidedDay: today,
  })
  const label = ROSTER_DECISION_LABELS[input.decision]
  const subject = c.personName ? `「${c.personName}」` : `「${c.villageName}」`
  const moved = input.plannedEndDay ? `，计划期满日改为 ${input.plannedEndDay}` : ''
  await writeAudit(
    ctx,
    'roster_decision',
    id,
    `排查${subject}（${c.signLabel}）：${label}${moved}；理由：${input.reason}`,
  )
  if (c.personId)
    await tellEvent(
      ctx.db,
      ctx.now,
      {
        kind: 'roster_decided',
        id,
        actorId: me._id,
        payload: {
          decisionId: id,
          personId: c.personId,
          signLabel: c.signLabel,
          decisionLabel: label,
          deciderName: me.name,
          reason: input.reason,
        },
      },
      ctx.requestId,
    )
  return { id, handover }
}
