import { addWorkingDays, shanghaiMonth, SIGN_WORKING_DAYS } from '@contract/domain/rectification-clock'
import type { Handler } from '../../shared/handler'
import { bumpStats } from '../../shared/stats'
import { outputOf, step } from '../transition'
import { rectRef, tellStep } from '../tell'

/** Both clocks start here, not at signing: an unsigned item is already late, never paused. */
export const dispatch: Handler<'rectify', 'dispatch'> = async (input, ctx) => {
  const result = await step(ctx, input.itemId, 'dispatch', input.version, {
    comment: input.comment,
    location: input.location,
    patch: () => ({ dispatchedAt: ctx.now, signDueAt: addWorkingDays(ctx.now, SIGN_WORKING_DAYS) }),
  })
  const item = result.after
  const month = shanghaiMonth(ctx.now)
  await bumpStats(
    ctx.db,
    'stats_village_month',
    `${item.villageId}_${month}`,
    { villageId: item.villageId, townshipId: item.townshipId, month },
    { rectOpened: 1 },
  )
  await tellStep(ctx, result, 'rect_dispatched', {
    ...rectRef(item),
    responsibleId: item.responsiblePersonId,
    deadline: item.deadline,
  })
  return outputOf(result)
}
