import { AppError } from '@contract/errors'
import { addDays, shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { bindUploads } from '../../shared/upload-binding'
import { writeAudit } from '../../shared/audit'
import { callerVillage } from '../org'
import { townshipIdOrThrow } from '../../shared/org-tree'
import { saveWorkLog as storeWorkLog } from '../repo-days'
import { getPresenceDay } from '../../shared/presence-days'

/** A log may be written up to a week late (busy days), never ahead. */
const MAX_LATE_DAYS = 7

export const saveWorkLog: Handler<'presence', 'saveWorkLog'> = async (input, ctx) => {
  const person = ctx.caller.person
  const today = shanghaiDay(ctx.now)
  if (input.day > today) throw new AppError('invalid-argument', '不能填写未来日期的日志', { field: 'day' })
  if (input.day < addDays(today, -MAX_LATE_DAYS))
    throw new AppError('invalid-argument', `只能补写 ${MAX_LATE_DAYS} 天内的日志`, { field: 'day' })
  const village = await callerVillage(ctx)
  const id = `${person._id}_${input.day}`
  await bindUploads(ctx, input.photoFileIds, {
    purposes: ['work-log'],
    recordId: id,
    path: village.path,
    field: 'photoFileIds',
  })
  await storeWorkLog(ctx.db, {
    _id: id,
    personId: person._id,
    villageId: village._id,
    townshipId: townshipIdOrThrow(village),
    day: input.day,
    month: input.day.slice(0, 7),
    text: input.text,
    photoFileIds: input.photoFileIds,
    updatedAt: ctx.now,
  })
  const presence = await getPresenceDay(ctx.db, person._id, input.day)
  await writeAudit(ctx, 'work_log', id, `工作日志 ${input.day}`)
  return {
    day: input.day,
    text: input.text,
    photoCount: input.photoFileIds.length,
    presentThatDay: presence?.counted ?? false,
  }
}
