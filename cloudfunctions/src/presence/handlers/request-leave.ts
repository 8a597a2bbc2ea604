import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { excusedRange, LEAVE_TYPE_LABELS } from '@contract/domain/presence'
import { addDays, rangeLength, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import type { LeaveDoc } from '../docs'
import { callerVillage } from '../org'
import { countyIdOrThrow, townshipIdOrThrow } from '../../shared/org-tree'
import { insertLeave, leavesOfPerson } from '../../shared/presence-leaves'
import { leaveRulesAt } from '../../shared/presence-policy'
import { tellEvent } from '../../shared/notify-events'
import { leaveView } from '../leave-view'
import { approverFields, chainFor } from '../leave-chain'
import { enforceCap } from '../leave-caps'

const MAX_LEAVE_DAYS = 60
/** A leave asked for after the fact (sudden illness) may start a few days back. */
const MAX_BACKDATE_DAYS = 3

export const requestLeave: Handler<'presence', 'requestLeave'> = async (input, ctx) => {
  const person = ctx.caller.person
  const today = shanghaiDay(ctx.now)
  if (input.endDay < input.startDay)
    throw new AppError('invalid-argument', '结束日期不能早于开始日期', { field: 'endDay' })
  if (input.startDay < addDays(today, -MAX_BACKDATE_DAYS))
    throw new AppError('invalid-argument', `开始日期最早可补报 ${MAX_BACKDATE_DAYS} 天前`, {
      field: 'startDay',
    })
  const days = rangeLength(input.startDay, input.endDay)
  if (days > MAX_LEAVE_DAYS)
    throw new AppError('invalid-argument', `一次请假不超过 ${MAX_LEAVE_DAYS} 天`, { field: 'endDay' })
  const village = await callerVillage(ctx)
  const townshipId = townshipIdOrThrow(village)
  const countyId = countyIdOrThrow(village)
  const [mine, rules, chain] = await Promise.all([
    leavesOfPerson(ctx.db, person._id),
    leaveRulesAt(ctx.db, village),
    chainFor(ctx.db, person, village, days),
  ])
  const overlaps = mine.some((l) => {
    const range = l.status === 'pending' ? { start: l.startDay, end: l.endDay } : excusedRange(l)
    return range !== null && range.start <= input.endDay && input.startDay <= range.end
  })
  if (overlaps) throw new AppError('conflict', '与已有的请假日期重叠，请先处理原请假')
  enforceCap(rules, mine, input)
  const [first] = chain.steps
  const doc: LeaveDoc = {
    _id: `lv-${randomUUID()}`,
    personId: person._id,
    personName: person.name,
    villageId: village._id,
    villageName: village.name,
    townshipId,
    countyId,
    type: input.type,
    startDay: input.startDay,
    endDay: input.endDay,
    days,
    reason: input.reason,
    status: 'pending',
    ...approverFields(first),
    comment: null,
    decidedById: null,
    decidedByName: null,
    decidedAt: null,
    returnedDay: null,
    createdAt: ctx.now,
    steps: chain.steps,
    stepIndex: 0,
    teamLeaderId: chain.steps.find((s) => s.level === 'team')?.personId ?? null,
    approverUnitIds: chain.steps.flatMap((s) => (s.unitId ? [s.unitId] : [])),
    dispatchUnitId: chain.dispatchUnitId,
  }
  await insertLeave(ctx.db, doc)
  const typeLabel = LEAVE_TYPE_LABELS[input.type]
  await writeAudit(
    ctx,
    'presence_leave',
    doc._id,
    `请假（${typeLabel}）${input.startDay}—${input.endDay}（${days} 天）`,
  )
  if (first.personId) {
    await tellEvent(
      ctx.db,
      ctx.now,
      {
        kind: 'leave_requested',
        id: doc._id,
        actorId: person._id,
        payload: {
          leaveId: doc._id,
          approverId: first.personId,
          personName: person.name,
          typeLabel,
          startDay: doc.startDay,
          endDay: doc.endDay,
          days,
        },
      },
      ctx.requestId,
    )
  }
  return leaveView(doc, ctx.caller)
}
