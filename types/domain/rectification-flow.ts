import type { RectState } from './rectification'

/**
 * How a caller stands to an item. Computed on the server from the item and the caller's grants:
 * - registrar: the person who registered it;
 * - overseer: admin, supervisor or township leader whose scope covers the item's village;
 * - admin: the county admin (decides 职责异议);
 * - responsible: the person the item is assigned to.
 */
export const RECT_RELATIONS = ['registrar', 'overseer', 'admin', 'responsible'] as const
export type RectRelation = (typeof RECT_RELATIONS)[number]

export const RECT_ACTIONS = [
  'dispatch',
  'sign',
  'start',
  'applyClose',
  'startReview',
  'close',
  'reject',
  'requestExtension',
  'approveExtension',
  'rejectExtension',
  'dispute',
  'reassign',
  'withdraw',
] as const
export type RectAction = (typeof RECT_ACTIONS)[number]

export interface Transition {
  from: readonly RectState[]
  to: RectState
  who: readonly RectRelation[]
  label: string
}

const WORKING: readonly RectState[] = ['signed', 'in_progress']
const NOT_FINAL: readonly RectState[] = [
  'registered',
  'dispatched',
  'signed',
  'in_progress',
  'extension_requested',
  'disputed',
  'close_requested',
  'reviewing',
]

/** The whole state machine: one row per action. Anything not listed here is refused. */
export const RECT_FLOW: Record<RectAction, Transition> = {
  dispatch: { from: ['registered'], to: 'dispatched', who: ['registrar', 'overseer'], label: '派发' },
  sign: { from: ['dispatched'], to: 'signed', who: ['responsible'], label: '签收' },
  start: { from: ['signed'], to: 'in_progress', who: ['responsible'], label: '开始整改' },
  applyClose: { from: WORKING, to: 'close_requested', who: ['responsible'], label: '申请销号' },
  startReview: {
    from: ['close_requested'],
    to: 'reviewing',
    who: ['registrar', 'overseer'],
    label: '开始复核',
  },
  close: { from: ['reviewing'], to: 'closed', who: ['registrar', 'overseer'], label: '销号' },
  reject: { from: ['reviewing'], to: 'in_progress', who: ['registrar', 'overseer'], label: '驳回' },
  requestExtension: { from: WORKING, to: 'extension_requested', who: ['responsible'], label: '申请延期' },
  approveExtension: {
    from: ['extension_requested'],
    to: 'in_progress',
    who: ['registrar'],
    label: '批准延期',
  },
  rejectExtension: {
    from: ['extension_requested'],
    to: 'in_progress',
    who: ['registrar'],
    label: '不予延期',
  },
  dispute: { from: ['dispatched', ...WORKING], to: 'disputed', who: ['responsible'], label: '职责异议' },
  reassign: { from: ['disputed'], to: 'dispatched', who: ['admin'], label: '重新指派' },
  withdraw: { from: NOT_FINAL, to: 'withdrawn', who: ['registrar', 'admin'], label: '撤回' },
}

/**
 * Actions that decide on the responsible person's case (their work, their request, their dispute,
 * whether the item stands at all): the responsible person may never take them on their own item.
 */
export const JUDGING_ACTIONS: ReadonlySet<RectAction> = new Set([
  'startReview',
  'close',
  'reject',
  'approveExtension',
  'rejectExtension',
  'reassign',
  'withdraw',
])

export type Decision =
  | { ok: true; to: RectState }
  | { ok: false; code: 'permission-denied' | 'failed-precondition'; reason: string }

/**
 * May a caller with these relations perform the action on an item in this state? The person is
 * checked before the state, so a stranger learns nothing about where an item stands.
 */
export function decide(state: RectState, action: RectAction, relations: readonly RectRelation[]): Decision {
  const row = RECT_FLOW[action]
  const allowed = row.who.some((r) => relations.includes(r))
  if (!allowed) return { ok: false, code: 'permission-denied', reason: `您无权${row.label}` }
  if (JUDGING_ACTIONS.has(action) && relations.includes('responsible')) {
    return { ok: false, code: 'permission-denied', reason: `责任人不能${row.label}自己的整改事项` }
  }
  if (!row.from.includes(state))
    return { ok: false, code: 'failed-precondition', reason: `当前状态不能${row.label}` }
  return { ok: true, to: row.to }
}

/** The buttons an item shows its viewer. */
export function availableActions(state: RectState, relations: readonly RectRelation[]): RectAction[] {
  return RECT_ACTIONS.filter((a) => decide(state, a, relations).ok)
}
