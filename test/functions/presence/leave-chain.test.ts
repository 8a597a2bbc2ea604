import type { ActionInput, ActionName } from '../../../types/api'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { LeaveView } from '../../../types/api/presence-views'
import { toldBy } from '../notify/helpers'
import { FIRST_VILLAGE, fail, NOW, ok, personIdOf } from './helpers'
import { cityTree, dispatchUnit, person } from './leave-fixtures'

let run: RunningCloud
const call = <A extends ActionName<'presence'>>(
  action: A,
  input: ActionInput<'presence', A>,
  openid: string,
) => run.call('presence', action, input, openid)

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const ask = (openid: string, startDay: string, endDay: string, type: LeaveView['type'] = 'official') =>
  ok<LeaveView>(call('requestLeave', { type, startDay, endDay, reason: '参加县里集中培训' }, openid))
const decide = (leaveId: string, openid: string) =>
  call('decideLeave', { leaveId, decision: 'approved', comment: '同意' }, openid)
const labels = (l: LeaveView) => l.chain.map((s) => s.label)

describe('leave approval chain: the 队长 first, then township or county, the 市 last for cadres it sent', () => {
  test('where the village has a team, its 队长 (in the seed, the first secretary) decides first, then the township; the cadre is told of each step', async () => {
    const leave = await ask('demo-member', '2026-11-23', '2026-11-24')
    expect(labels(leave)).toEqual(['工作队队长', '乡镇党委'])
    expect(leave.approverLabel).toBe('工作队队长')
    expect(await fail(decide(leave.id, 'demo-township'))).toMatchObject({
      code: 'permission-denied',
      message: expect.stringContaining('工作队队长'),
    })
    const box = await ok<{ items: LeaveView[] }>(call('listLeaves', { box: 'approve' }, 'demo-secretary'))
    expect(box.items.find((l) => l.id === leave.id)?.canDecide).toBe(true)
    const asker = personIdOf(run, 'demo-member')
    const first = await toldBy(run, () => ok(decide(leave.id, 'demo-secretary')))
    expect(first).toEqual([
      expect.objectContaining({ personId: asker, title: expect.stringContaining('待乡镇党委审批') }),
    ])
    const passed = await ok<{ items: LeaveView[] }>(call('listLeaves', { box: 'mine' }, 'demo-member'))
    expect(passed.items[0]).toMatchObject({ status: 'pending', approverLabel: '乡镇党委' })
    expect(await fail(decide(leave.id, 'demo-secretary'))).toMatchObject({ code: 'permission-denied' })
    const last = await toldBy(run, () => ok(decide(leave.id, 'demo-township')))
    expect(last).toEqual([
      expect.objectContaining({ personId: asker, title: '请假已批准：2026-11-23 至 2026-11-24' }),
    ])
    const done = await ok<{ items: LeaveView[] }>(call('listLeaves', { box: 'mine' }, 'demo-member'))
    expect(done.items[0]).toMatchObject({ status: 'approved' })
    expect(done.items[0].chain.map((s) => s.decision)).toEqual(['approved', 'approved'])
  })

  test('a refusal by the 队长 ends the leave: the township is never asked', async () => {
    const leave = await ask('demo-member', '2026-11-23', '2026-11-23')
    const refused = await ok<LeaveView>(
      call(
        'decideLeave',
        { leaveId: leave.id, decision: 'rejected', comment: '本周有督查' },
        'demo-secretary',
      ),
    )
    expect(refused).toMatchObject({ status: 'rejected', comment: '本周有督查' })
    expect(await fail(decide(leave.id, 'demo-township'))).toMatchObject({ code: 'failed-precondition' })
  })

  test('the 队长 asking leave skips the team step; nobody decides their own leave', async () => {
    const own = await ask('demo-secretary', '2026-11-23', '2026-11-24')
    expect(labels(own)).toEqual(['乡镇党委'])
    const members = await ask('demo-member', '2026-11-25', '2026-11-26')
    expect(labels(members)).toEqual(['工作队队长', '乡镇党委'])
    expect((await fail(decide(members.id, 'demo-member'))).code).toBe('permission-denied')
  })

  test('a 市直 cadre under a prefecture goes to the county for a long leave, then to the 市; the 派出单位 contact hears the outcome', async () => {
    run.cloud.db.insertMany('org_units', cityTree())
    run.cloud.db.insertMany('dispatch_units', [
      dispatchUnit('du-city', 'city', 'px-contact'),
      dispatchUnit('du-county', 'county', null),
    ])
    run.cloud.db.insertMany('people', [
      person('px-cadre', 'resident_cadre', 'u-pf-v', 'du-city'),
      person('px-local', 'resident_cadre', 'u-pf-v', 'du-county'),
      person('px-township', 'township_leader', 'u-pf-t'),
      person('px-county', 'admin', 'u-pf-c'),
      person('px-city', 'admin', 'u-pf'),
      person('px-contact', 'village_cadre', 'u-pf-v'),
    ])
    const long = await ask('px-cadre', '2026-11-23', '2026-11-27')
    expect(labels(long)).toEqual(['县委组织部', '市委组织部'])
    await ok(decide(long.id, 'px-county'))
    expect((await fail(decide(long.id, 'px-county'))).code).toBe('permission-denied')
    expect((await fail(decide(long.id, 'px-township'))).code).toBe('permission-denied')
    const box = await ok<{ items: LeaveView[] }>(call('listLeaves', { box: 'approve' }, 'px-city'))
    expect(box.items.map((l) => [l.id, l.canDecide])).toEqual([[long.id, true]])
    const told = await toldBy(run, () => ok(decide(long.id, 'px-city')))
    expect(told.map((t) => [t.personId, t.kind])).toEqual([
      ['px-cadre', 'leave_decided'],
      ['px-contact', 'leave_dispatch_informed'],
    ])
    expect(told[1].title).toContain('贵单位派出干部')
    const short = await ask('px-local', '2026-11-23', '2026-11-24')
    expect(labels(short)).toEqual(['乡镇党委'])
    const cityShort = await ask('px-cadre', '2026-12-07', '2026-12-08')
    expect(labels(cityShort)).toEqual(['乡镇党委', '市委组织部'])
  })

  test('without a prefecture above the county a 市直 cadre has no 市 step', async () => {
    run.cloud.db.insertMany('dispatch_units', [dispatchUnit('du-city', 'city', null)])
    run.cloud.db.insertMany('people', [person('demo-city-sent', 'resident_cadre', FIRST_VILLAGE, 'du-city')])
    const leave = await ask('demo-city-sent', '2026-11-23', '2026-11-27')
    // The village's seeded team has a 队长; after the county, nothing more.
    expect(labels(leave)).toEqual(['工作队队长', '县委组织部'])
  })
})
