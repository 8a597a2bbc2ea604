import { AppError } from '@contract/errors'
import { logEvent } from './log'
import type { HandlerContext } from './context'

interface ItemSchema {
  safeParse(value: unknown): { success: boolean; error?: { message: string } }
}

/**
 * Views of stored records for a list. A record that cannot become a view the contract accepts (an
 * impossible date or a missing field written by an earlier version) is left out and logged by id,
 * so one odd record never hides the rest; `skipped` tells the page how many it could not show.
 */
export function viewsOf<D extends { _id: string }, V>(ctx: HandlerContext, docs: readonly D[], toView: (doc: D) => V, schema: ItemSchema): { items: V[]; skipped: number } {
  const items: V[] = []
  let skipped = 0
  for (const doc of docs) {
    let error: string
    try {
      const view = toView(doc)
      const checked = schema.safeParse(view)
      if (checked.success) {
        items.push(view)
        continue
      }
      error = checked.error?.message ?? 'contract'
    } catch (err) {
      error = err instanceof Error ? err.message : String(err)
    }
    skipped += 1
    logEvent({ event: 'record_skipped', requestId: ctx.requestId, fn: ctx.fn, action: ctx.action, id: String(doc._id), error: error.slice(0, 500) })
  }
  return { items, skipped }
}

/**
 * The view of one stored record. A record an earlier version stored oddly is a clear refusal, logged
 * by id (`npm run cloud -- check` finds it), never an internal error — and a caller that is about to
 * write takes the view first, so a refused call writes nothing.
 */
export function viewOrRefuse<D extends { _id: string }, V>(ctx: HandlerContext, doc: D, toView: (doc: D) => V, schema: ItemSchema): V {
  const { items } = viewsOf(ctx, [doc], toView, schema)
  const [view] = items
  if (items.length === 0 || view === undefined) throw new AppError('failed-precondition', '这条记录的数据有误，暂时无法显示，请联系管理员核查修复')
  return view
}
