import { randomUUID } from 'node:crypto'
import { blankForm } from '../../types/domain/visit-form'
import { addDays, shanghaiDay } from '../../types/domain/presence-time'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { ok } from '../helpers/envelope'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

// demo-multi leads 瓦店镇 and pairs with household H3 in its first village.
const H3 = 'h-411302100200-003'

describe('a case about the viewer offers no decision to them', () => {
  test('a township leader’s own leave is listed for approval without a decide button; a peer’s has one', async () => {
    const day = shanghaiDay(new Date())
    const own = await ok<{ id: string }>(
      run.call(
        'presence',
        'requestLeave',
        { type: 'personal', startDay: addDays(day, 40), endDay: addDays(day, 41), reason: '家中有事' },
        'demo-multi',
      ),
    )
    const peer = await ok<{ id: string }>(
      run.call(
        'presence',
        'requestLeave',
        { type: 'personal', startDay: addDays(day, 40), endDay: addDays(day, 41), reason: '家中有事' },
        'demo-member',
      ),
    )
    // The peer's team 队长 (the first secretary) passes it on to the township first.
    await ok(
      run.call(
        'presence',
        'decideLeave',
        { leaveId: peer.id, decision: 'approved', comment: '同意' },
        'demo-secretary',
      ),
    )
    const { items } = await ok<{ items: Array<{ id: string; canDecide: boolean }> }>(
      run.call('presence', 'listLeaves', { box: 'approve' }, 'demo-multi'),
    )
    expect(items.find((l) => l.id === own.id)).toMatchObject({ canDecide: false })
    expect(items.find((l) => l.id === peer.id)).toMatchObject({ canDecide: true })
  })

  test('an overseer sees no review action on a visit of a household they pair with', async () => {
    const at = new Date(Date.now() - 10 * 60000)
    const input = {
      clientId: randomUUID(),
      householdId: H3,
      formVersion: 1,
      form: blankForm(),
      startedAt: at.toISOString(),
      endedAt: new Date().toISOString(),
      startLocation: null,
      endLocation: null,
      photoCount: 0,
    }
    const { visitId } = await ok<{ visitId: string }>(run.call('visit', 'submitVisit', input, 'demo-member'))
    const asMulti = await ok<{ may: { review: boolean } }>(
      run.call('visit', 'getVisit', { visitId }, 'demo-multi'),
    )
    const asTownship = await ok<{ may: { review: boolean } }>(
      run.call('visit', 'getVisit', { visitId }, 'demo-township'),
    )
    expect(asMulti.may.review).toBe(false)
    expect(asTownship.may.review).toBe(true)
  })
})
