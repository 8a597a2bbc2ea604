import { RECT_STATES, type RectState } from '../../types/domain/rectification'
import {
  availableActions,
  decide,
  RECT_ACTIONS,
  RECT_RELATIONS,
  type RectAction,
  type RectRelation,
} from '../../types/domain/rectification-flow'

/**
 * The flow written out longhand, independently of RECT_FLOW: for each action, the states it leaves
 * from, where it goes, and who may take it. The tests compare every state × action × relation set.
 */
const EXPECTED: Record<RectAction, { from: RectState[]; to: RectState; who: RectRelation[] }> = {
  dispatch: { from: ['registered'], to: 'dispatched', who: ['registrar', 'overseer'] },
  sign: { from: ['dispatched'], to: 'signed', who: ['responsible'] },
  start: { from: ['signed'], to: 'in_progress', who: ['responsible'] },
  applyClose: { from: ['signed', 'in_progress'], to: 'close_requested', who: ['responsible'] },
  startReview: { from: ['close_requested'], to: 'reviewing', who: ['registrar', 'overseer'] },
  close: { from: ['reviewing'], to: 'closed', who: ['registrar', 'overseer'] },
  reject: { from: ['reviewing'], to: 'in_progress', who: ['registrar', 'overseer'] },
  requestExtension: { from: ['signed', 'in_progress'], to: 'extension_requested', who: ['responsible'] },
  approveExtension: { from: ['extension_requested'], to: 'in_progress', who: ['registrar'] },
  rejectExtension: { from: ['extension_requested'], to: 'in_progress', who: ['registrar'] },
  dispute: { from: ['dispatched', 'signed', 'in_progress'], to: 'disputed', who: ['responsible'] },
  reassign: { from: ['disputed'], to: 'dispatched', who: ['admin'] },
  withdraw: {
    from: [
      'registered',
      'dispatched',
      'signed',
      'in_progress',
      'extension_requested',
      'disputed',
      'close_requested',
      'reviewing',
    ],
    to: 'withdrawn',
    who: ['registrar', 'admin'],
  },
}
const JUDGING: RectAction[] = [
  'startReview',
  'close',
  'reject',
  'approveExtension',
  'rejectExtension',
  'reassign',
  'withdraw',
]

const singles = RECT_RELATIONS.map((r) => [r] as RectRelation[])
const cases = RECT_STATES.flatMap((s) =>
  RECT_ACTIONS.flatMap((a) => [[] as RectRelation[], ...singles].map((rel) => [s, a, rel] as const)),
)

describe('the rectification flow table', () => {
  test.each(cases)('in %s, %s by %j is decided as the longhand table says', (state, action, relations) => {
    const row = EXPECTED[action]
    const verdict = decide(state, action, relations)
    if (!row.who.some((r) => relations.includes(r)))
      expect(verdict).toMatchObject({ ok: false, code: 'permission-denied' })
    else if (!row.from.includes(state))
      expect(verdict).toMatchObject({ ok: false, code: 'failed-precondition' })
    else expect(verdict).toEqual({ ok: true, to: row.to })
  })

  test('a wrong person is told permission-denied even when the state is also wrong', () => {
    expect(decide('closed', 'sign', ['overseer'])).toMatchObject({ ok: false, code: 'permission-denied' })
  })

  test.each(JUDGING)(
    'the responsible person may never %s their own item, whatever else they are',
    (action) => {
      const state = EXPECTED[action].from[0]
      expect(decide(state, action, ['registrar', 'overseer', 'admin', 'responsible'])).toMatchObject({
        ok: false,
        code: 'permission-denied',
      })
    },
  )

  test('closed and withdrawn items accept no action at all', () => {
    for (const state of ['closed', 'withdrawn'] as const)
      expect(availableActions(state, [...RECT_RELATIONS])).toEqual([])
  })

  test('a responsible cadre of a dispatched item may sign or dispute it, nothing else', () => {
    expect(availableActions('dispatched', ['responsible'])).toEqual(['sign', 'dispute'])
  })

  test('a registering supervisor reviewing an application may close or reject it, or withdraw the item', () => {
    expect(availableActions('reviewing', ['registrar', 'overseer'])).toEqual(['close', 'reject', 'withdraw'])
  })
})
