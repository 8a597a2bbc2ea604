import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { approverLevelFor, excusedRange } from '@contract/domain/presence'
import { addDays, rangeLength, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import type { LeaveDoc } from '../docs'
import { callerVillage } from '../org'
import { countyIdOrThrow, townshipIdOrThrow } from '../../shared/org-tree'
import { insertLeave, leavesOfPerson } from '../../shared/presence-leaves'
import { leaveView } from '../leave-view'

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
  const mine = await leavesOfPerson(ctx.db, person._id)
  const overlaps = mine.some((l) => {
    const range = l.status === 'pending' ? { start: l.startDay, end: l.endDay } : excusedRange(l)
    return range !== null && range.start <= input.endDay && input.startDay <= range.end
  })
  if (overlaps) throw new AppError('conflict', '与已有的请假日期重叠，请先处理原请假')
  const level = approverLevelFor(days)
  const townshipId = townshipIdOrThrow(village)
  const countyId = countyIdOrThrow(village)
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
    approverLevel: level,
    approverUnitId: level === 'township' ? townshipId : countyId,
    comment: null,
    decidedById: null,
    decidedByName: null,
    decidedAt: null,
    returnedDay: null,
    createdAt: ctx.now,
  }
  await insertLeave(ctx.db, doc)
  await writeAudit(ctx, 'presence_leave', doc._id, `请假 ${input.startDay}—${input.endDay}（${days} 天）`)
  return leaveView(doc, ctx.caller)
}
