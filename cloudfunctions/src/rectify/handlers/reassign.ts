import { AppError } from '@contract/errors'
import { addWorkingDays, SIGN_WORKING_DAYS } from '@contract/domain/rectification-clock'
import type { Handler } from '../../shared/handler'
import { requireResponsible } from '../item-factory'
import { findItem } from '../../shared/rectify-items'
import { outputOf, step } from '../transition'
import { rectRef, tellStep } from '../tell'

/**
 * The admin settles a 职责异议 by naming the responsible person (possibly the same one). The fix
 * deadline is unchanged; the person named must sign for it, within a sign-for clock of their own.
 */
export const reassign: Handler<'rectify', 'reassign'> = async (input, ctx) => {
  const current = await findItem(ctx.db, input.itemId)
  if (!current) throw new AppError('not-found', '整改事项不存在')
  const person = await requireResponsible(ctx.db, input.responsiblePersonId, current.villageId)
  const result = await step(ctx, input.itemId, 'reassign', input.version, {
    comment: `指派给 ${person.name}：${input.comment}`,
    patch: () => ({
      responsiblePersonId: person._id,
      responsibleName: person.name,
      responsibleUnit: input.responsibleUnit ?? current.responsibleUnit,
      disputeReason: null,
      signedAt: null,
      signDueAt: addWorkingDays(ctx.now, SIGN_WORKING_DAYS),
    }),
  })
  const item = result.after
  await tellStep(ctx, result, 'rect_dispute_decided', {
    ...rectRef(item),
    formerId: result.before.responsiblePersonId,
    assigneeName: person.name,
    deciderName: result.event.actorName,
    comment: input.comment,
  })
  await tellStep(ctx, result, 'rect_dispatched', {
    ...rectRef(item),
    responsibleId: item.responsiblePersonId,
    deadline: item.deadline,
  })
  return outputOf(result)
}
