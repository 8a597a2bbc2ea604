import { AppError } from '@contract/errors'
import { RECT_STATE_LABELS, type PhotoLocation } from '@contract/domain/rectification'
import { decide, JUDGING_ACTIONS, type RectAction } from '@contract/domain/rectification-flow'
import type { Database } from '../shared/db-types'
import type { Caller, HandlerContext } from '../shared/context'
import { writeAudit } from '../shared/audit'
import { refuseSelfDecision } from '../shared/self-decision'
import { requireVisible } from './access'
import type { EventAction, RectEventDoc, RectItemDoc, StoredPhoto } from './docs'
import { ITEMS } from '../shared/rectify-items'
import { EVENTS } from './repo-events'
import { EVENT_LABELS } from './views'
import { trailLine } from './item-factory'
import { locationOrNull } from './photos'
import { inTransaction } from '../shared/transaction'

/** Only the last lines are kept on the item; the full history lives in rectify_events. */
const TRAIL_MAX = 40

export interface StepSpec {
  comment?: string
  location?: PhotoLocation | null
  /** The event's attachments; a function when they depend on the item read in the transaction. */
  photos?: StoredPhoto[] | ((after: RectItemDoc) => StoredPhoto[])
  /** Counts against the responsible person for escalation (rejections, overdue). */
  strike?: boolean
  /** Fields to change besides state and version, computed from the item read in the transaction. */
  patch?: (item: RectItemDoc) => Partial<RectItemDoc>
}

export interface StepResult {
  before: RectItemDoc
  after: RectItemDoc
  event: RectEventDoc
}

interface Actor {
  caller: Caller | null
  name: string
  now: Date
  requestId?: string
}

/** Builds the next item and its event; pure, so the transaction body stays short. */
function nextOf(
  item: RectItemDoc,
  action: EventAction,
  to: RectItemDoc['state'],
  spec: StepSpec,
  actor: Actor,
): StepResult {
  const version = item.version + 1
  const comment = spec.comment ?? ''
  const label = EVENT_LABELS[action]
  const after: RectItemDoc = {
    ...item,
    ...(spec.patch ? spec.patch(item) : {}),
    state: to,
    version,
    updatedAt: actor.now,
    trail: [...item.trail, trailLine(actor.now, label, actor.name, comment)].slice(-TRAIL_MAX),
  }
  const event: RectEventDoc = {
    _id: `${item._id}-v${version}`,
    itemId: item._id,
    townshipId: item.townshipId,
    villageId: item.villageId,
    action,
    from: item.state,
    to,
    actorId: actor.caller?.person?._id ?? null,
    actorName: actor.name,
    at: actor.now,
    comment,
    location: spec.location ? locationOrNull(spec.location) : null,
    photos: typeof spec.photos === 'function' ? spec.photos(after) : (spec.photos ?? []),
    strikePersonId: spec.strike ? item.responsiblePersonId : null,
    version,
  }
  return { before: item, after, event }
}

/**
 * One transition in one transaction: read the item, check the caller and the state with the pure
 * table, check the version the caller saw, write the item and append its event. Two concurrent
 * transitions cannot both apply: CloudBase refuses the later write, inTransaction runs it again, and
 * it then finds the version moved (a `conflict` error for the caller).
 */
export async function applyStep(
  db: Database,
  actor: Actor,
  itemId: string,
  action: RectAction | 'overdue',
  expectedVersion: number | null,
  spec: StepSpec,
): Promise<StepResult> {
  return inTransaction(db, async (tx) => {
    const ref = tx.collection(ITEMS).doc(itemId)
    const item = await ref.get<RectItemDoc>().then(
      (r) => (r.data && r.data._id ? r.data : null),
      () => null,
    )
    if (!item) throw new AppError('not-found', '整改事项不存在')
    let to = item.state
    if (action !== 'overdue') {
      const relations = actor.caller ? requireVisible(actor.caller, item) : []
      // The same 回避 guard as every other deciding handler; the pure table also hides the buttons.
      if (actor.caller && JUDGING_ACTIONS.has(action))
        refuseSelfDecision(
          actor.caller,
          { personIds: [item.responsiblePersonId] },
          '整改事项',
          actor.requestId,
        )
      const verdict = decide(item.state, action, relations)
      if (!verdict.ok)
        throw new AppError(verdict.code, `${verdict.reason}（当前：${RECT_STATE_LABELS[item.state]}）`)
      to = verdict.to
    }
    if (expectedVersion !== null && expectedVersion !== item.version)
      throw new AppError('conflict', '该事项已被他人处理，请刷新后重试')
    const result = nextOf(item, action, to, spec, actor)
    const { _id: _ignored, ...data } = result.after
    await ref.set({ data: { ...data } })
    await tx.collection(EVENTS).add({ data: { ...result.event } })
    return result
  })
}

/** The handler-side wrapper: caller from the context, audit line after the commit. */
export async function step(
  ctx: HandlerContext,
  itemId: string,
  action: RectAction,
  version: number,
  spec: StepSpec = {},
): Promise<StepResult> {
  const actor = {
    caller: ctx.caller,
    name: ctx.caller.person?.name ?? '',
    now: ctx.now,
    requestId: ctx.requestId,
  }
  const result = await applyStep(ctx.db, actor, itemId, action, version, spec)
  await writeAudit(
    ctx,
    'rectify_item',
    itemId,
    `${EVENT_LABELS[action]}：${RECT_STATE_LABELS[result.before.state]} → ${RECT_STATE_LABELS[result.after.state]}${spec.comment ? `（${spec.comment}）` : ''}`,
  )
  return result
}

export function outputOf(result: StepResult) {
  return {
    id: result.after._id,
    state: result.after.state,
    stateLabel: RECT_STATE_LABELS[result.after.state],
    version: result.after.version,
  }
}
