import { AppError } from '@contract/errors'
import { logEvent } from './log'
import type { HandlerContext } from './context'

interface ItemSchema {
  safeParse(value: unknown): { success: boolean; error?: { message: string } }
}

/** Why a stored record cannot become a view the contract accepts, or null when it can. */
function problemOf(view: unknown, schema: ItemSchema): string | null {
  const checked = schema.safeParse(view)
  return checked.success ? null : (checked.error?.message ?? 'contract')
}

function logSkipped(ctx: HandlerContext, id: string, error: string): void {
  logEvent({
    event: 'record_skipped',
    requestId: ctx.requestId,
    fn: ctx.fn,
    action: ctx.action,
    id,
    error: error.slice(0, 500),
  })
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/**
 * Views of stored records for a list. A record that cannot become a view the contract accepts (an
 * impossible date or a missing field written by an earlier version) is left out and logged by id,
 * so one odd record never hides the rest; `skipped` tells the page how many it could not show.
 */
export function viewsOf<D extends { _id: string }, V>(
  ctx: HandlerContext,
  docs: readonly D[],
  toView: (doc: D) => V,
  schema: ItemSchema,
): { items: V[]; skipped: number } {
  const items: V[] = []
  let skipped = 0
  for (const doc of docs) {
    let error: string | null
    try {
      const view = toView(doc)
      error = problemOf(view, schema)
      if (error === null) {
        items.push(view)
        continue
      }
    } catch (err) {
      error = errorText(err)
    }
    skipped += 1
    logSkipped(ctx, String(doc._id), error)
  }
  return { items, skipped }
}

/**
 * The view of one stored record. A record an earlier version stored oddly is a clear refusal, logged
 * by id (`npm run cloud -- check` finds it), never an internal error — and a caller that is about to
 * write takes the view first, so a refused call writes nothing.
 */
export async function viewOrRefuse<D extends { _id: string }, V>(
  ctx: HandlerContext,
  doc: D,
  toView: (doc: D) => V | Promise<V>,
  schema: ItemSchema,
): Promise<V> {
  let error: string | null
  try {
    const view = await toView(doc)
    error = problemOf(view, schema)
    if (error === null) return view
  } catch (err) {
    error = errorText(err)
  }
  logSkipped(ctx, String(doc._id), error)
  throw new AppError('failed-precondition', '这条记录的数据有误，暂时无法显示，请联系管理员核查修复')
}
