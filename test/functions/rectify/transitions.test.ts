import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { RECT_STATES } from '../../../types/domain/rectification'
import { decide, RECT_ACTIONS, type RectRelation } from '../../../types/domain/rectification-flow'
import { inputFor, itemIn, rectify, registerInputFor, VILLAGE_B } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  // A Monday morning in Shanghai; every deadline of the helpers lies ahead of it.
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

/** How each demo identity stands to an item registered by demo-supervisor for demo-secretary. */
const STANDING: Record<string, RectRelation[]> = {
  'demo-supervisor': ['registrar', 'overseer'],
  'demo-township': ['overseer'],
  'demo-admin': ['overseer', 'admin'],
  'demo-secretary': ['responsible'],
  'demo-member': [],
  'demo-village': [],
  'demo-supervisor-b': [],
  'demo-secretary-b': [],
}

describe('every transition by every role, through the function', () => {
  describe.each([...RECT_STATES])('an item in state %s', (state) => {
    test.each([...RECT_ACTIONS])(
      '%s is applied or refused exactly as the flow table says',
      async (action) => {
        const who = Object.keys(STANDING)
        const allowed = who.filter((w) => decide(state, action, STANDING[w]).ok)
        const refused = who.filter((w) => !allowed.includes(w))
        const item = await itemIn(run, state)
        const outcome = async (w: string, id: string, version: number) => {
          const res = await rectify<{ state: string }>(
            run,
            action,
            await inputFor(action, id, version, run, w),
            w,
          )
          return { who: w, outcome: res.ok ? `ok:${res.data.state}` : res.error.code }
        }
        const expected = (w: string) => {
          const v = decide(state, action, STANDING[w])
          return { who: w, outcome: v.ok ? `ok:${v.to}` : v.code }
        }
        // Refusals all hit one item, which must stay untouched; each allowed identity gets a fresh one.
        for (const w of refused) expect(await outcome(w, item.id, item.version)).toEqual(expected(w))
        const fresh = await Promise.all(allowed.map(() => itemIn(run, state)))
        for (const [i, w] of allowed.entries())
          expect(await outcome(w, fresh[i].id, fresh[i].version)).toEqual(expected(w))
      },
    )
  })
})

describe('a self-inspection item registered by a village cadre', () => {
  test('the registering cadre approves an extension, while an overseer who did not register it may not', async () => {
    const item = await itemIn(run, 'extension_requested', { registrar: 'demo-village', source: 'self_check' })
    const bySupervisor = await rectify(
      run,
      'approveExtension',
      { itemId: item.id, version: item.version },
      'demo-supervisor',
    )
    expect(bySupervisor.ok ? 'ok' : bySupervisor.error.code).toBe('permission-denied')
    const byRegistrar = await rectify(
      run,
      'approveExtension',
      { itemId: item.id, version: item.version },
      'demo-village',
    )
    expect(byRegistrar.ok && byRegistrar.data.state).toBe('in_progress')
  })

  test('a village cadre may register what a household visit found in their village (source 走访)', async () => {
    const item = await rectify(
      run,
      'register',
      { ...(await registerInputFor(run, {}, 'demo-village')), source: 'visit' },
      'demo-village',
    )
    expect(item.ok ? 'ok' : item.error.code).toBe('ok')
  })

  test('a village cadre may not register anything but 自查 or 走访 in their village', async () => {
    const item = await rectify(
      run,
      'register',
      { ...(await registerInputFor(run, {}, 'demo-village')), source: 'inspection' },
      'demo-village',
    )
    expect(item.ok ? 'ok' : item.error.code).toBe('permission-denied')
    const other = await rectify(
      run,
      'register',
      { ...(await registerInputFor(run, {}, 'demo-village')), source: 'self_check', villageId: VILLAGE_B },
      'demo-village',
    )
    expect(other.ok ? 'ok' : other.error.code).toBe('permission-denied')
  })

  test('the responsible person may not review their own work even as its registrar', async () => {
    const item = await itemIn(run, 'close_requested', {
      registrar: 'demo-secretary',
      responsible: 'demo-secretary',
      source: 'self_check',
    })
    const res = await rectify(
      run,
      'startReview',
      { itemId: item.id, version: item.version },
      'demo-secretary',
    )
    expect(res.ok ? 'ok' : res.error.code).toBe('permission-denied')
  })
})

describe('concurrency and staleness', () => {
  test('two concurrent signatures on the same item: exactly one applies', async () => {
    const item = await itemIn(run, 'dispatched')
    const results = await Promise.all(
      [0, 1, 2].map(() => rectify(run, 'sign', { itemId: item.id, version: item.version }, 'demo-secretary')),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(
      expect.arrayContaining(['failed-precondition']),
    )
    const events = run.cloud.db.find('rectify_events', { itemId: item.id, action: 'sign' })
    expect(events).toHaveLength(1)
  })

  test('a transition naming an old version is refused with conflict', async () => {
    const item = await itemIn(run, 'signed')
    const res = await rectify(run, 'start', { itemId: item.id, version: item.version - 1 }, 'demo-secretary')
    expect(res.ok ? 'ok' : res.error.code).toBe('conflict')
  })

  test('a withdrawn item stays in the database with its reason and its full trail', async () => {
    const item = await itemIn(run, 'withdrawn')
    const doc = run.cloud.db.find('rectify_items', { _id: item.id })[0]
    expect(doc).toMatchObject({ state: 'withdrawn', withdrawReason: '理由说明' })
    expect(run.cloud.db.find('rectify_events', { itemId: item.id }).map((e) => e.action)).toEqual([
      'register',
      'withdraw',
    ])
  })
})
