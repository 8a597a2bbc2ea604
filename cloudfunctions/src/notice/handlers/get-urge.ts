import { AppError } from '@contract/errors'
import { DELIVERY_LABELS } from '@contract/domain/notice'
import type { Handler } from '../../shared/handler'
import { readTimes } from '../repo-inbox'
import { getUrge as readUrge } from '../repo-notices'
import { urgeSummary } from '../views'

/** Read receipts: only the sender sees them (a 催办 is between a supervisor and the cadres). */
export const getUrge: Handler<'notice', 'getUrge'> = async (input, ctx) => {
  const urge = await readUrge(ctx.db, input.urgeId)
  if (!urge) throw new AppError('not-found', '未找到该催办')
  if (urge.byId !== ctx.caller.person._id) throw new AppError('permission-denied', '只能查看自己发出的催办')
  const reads = await readTimes(
    ctx.db,
    urge.recipients.map((r) => r.inboxId),
  )
  const receipts = urge.recipients.map((r) => {
    const readAt = reads.get(r.inboxId) ?? null
    return {
      personId: r.personId,
      name: r.name,
      unitName: r.unitName,
      delivery: r.delivery,
      deliveryLabel: DELIVERY_LABELS[r.delivery],
      readAt: readAt ? new Date(readAt).toISOString() : null,
    }
  })
  return { ...urgeSummary(urge, receipts.filter((r) => r.readAt).length), body: urge.body, receipts }
}
