import type { NotifyKind, NotifyPayloads } from '@contract/domain/notify-events'
import type { HandlerContext } from '../shared/context'
import { tellEvent } from '../shared/notify-events'
import type { RectItemDoc } from './docs'
import type { StepResult } from './transition'

type RectKind = Extract<NotifyKind, `rect_${string}`>

/** The part of every rectification message that names the item. */
export function rectRef(item: RectItemDoc): { itemId: string; problem: string; place: string } {
  return { itemId: item._id, problem: item.problem, place: `${item.townshipName}${item.villageName}` }
}

/**
 * Tells the people a transition concerns (the table in types/domain/notify-events.ts says who and
 * how); the occurrence is the transition's own event id, so a retried call tells no one twice.
 */
export function tellStep<K extends RectKind>(
  ctx: HandlerContext,
  result: StepResult,
  kind: K,
  payload: NotifyPayloads[K],
): Promise<number> {
  return tellEvent(
    ctx.db,
    ctx.now,
    { kind, id: result.event._id, actorId: ctx.caller.person?._id ?? null, payload },
    ctx.requestId,
  )
}
