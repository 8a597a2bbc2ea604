import { AppError } from '@contract/errors'
import { addDays, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { getLeave, updateLeave } from '../../shared/presence-leaves'
import { leaveView } from '../leave-view'
import { bumpLeaveMonths } from '../leave-stats'

/** 销假: the leave closes today; days after today are no longer excused. */
export const returnFromLeave: Handler<'presence', 'returnFromLeave'> = async (input, ctx) => {
  const leave = await getLeave(ctx.db, input.leaveId)
  if (!leave) throw new AppError('not-found', '未找到该请假')
  if (leave.personId !== ctx.caller.person._id)
    throw new AppError('permission-denied', '只能为本人的请假销假')
  if (leave.status !== 'approved') throw new AppError('failed-precondition', '只有已批准的请假可以销假')
  const today = shanghaiDay(ctx.now)
  if (today < leave.startDay) throw new AppError('failed-precondition', '请假尚未开始，无需销假')
  const returnedDay = today < leave.endDay ? today : leave.endDay
  await updateLeave(ctx.db, leave._id, { status: 'returned', returnedDay })
  // The days after the return are no longer excused: take them off the month counters.
  await bumpLeaveMonths(ctx.db, leave, addDays(returnedDay, 1), leave.endDay, -1)
  await writeAudit(ctx, 'presence_leave', leave._id, `销假：${returnedDay}`)
  return leaveView({ ...leave, status: 'returned', returnedDay }, ctx.caller)
}
