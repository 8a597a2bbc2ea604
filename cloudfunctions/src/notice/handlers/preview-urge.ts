import type { Handler } from '../../shared/handler'
import { urgeCandidates, urgedToday } from '../urge-recipients'

/** Who a 催办 would reach, before it is written: the filter's picks, each with why and whether already urged today. */
export const previewUrge: Handler<'notice', 'previewUrge'> = async (input, ctx) => {
  const list = await urgeCandidates(ctx, input.filter, input.unitId)
  const done = await urgedToday(
    ctx,
    list.map((c) => c.person._id),
    input.topic,
  )
  return {
    recipients: list.slice(0, 500).map((c) => ({
      personId: c.person._id,
      name: c.person.name,
      unitName: c.unitName,
      reason: c.reason,
      urgedToday: done.has(c.person._id),
    })),
  }
}
