import type { ActionInput, ActionName } from '../../../types/api'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { LeaveView, MonthView } from '../../../types/api/presence-views'
import { fail, NOW, ok } from './helpers'

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

const request = (startDay: string, endDay: string, openid = 'demo-secretary') =>
  ok<LeaveView>(call('requestLeave', { type: 'personal', startDay, endDay, reason: '家中老人住院' }, openid))

describe('leave: request, approval by rule, 销假', () => {
  test("a 3-day leave goes to the township leader of the village's township, who approves it", async () => {
    const leave = await request('2026-11-23', '2026-11-25')
    expect(leave).toMatchObject({ days: 3, status: 'pending', approverLabel: '乡镇党委', canDecide: false })
    const inbox = await ok<{ items: LeaveView[] }>(call('listLeaves', { box: 'approve' }, 'demo-township'))
    expect(inbox.items.find((l) => l.id === leave.id)).toMatchObject({ canDecide: true })
    const decided = await ok<LeaveView>(
      call('decideLeave', { leaveId: leave.id, decision: 'approved', comment: '同意' }, 'demo-township'),
    )
    expect(decided).toMatchObject({ status: 'approved', statusLabel: '已批准', comment: '同意' })
  })

  test("the county admin may not approve a short leave, nor another township's leader", async () => {
    const leave = await request('2026-11-23', '2026-11-24')
    expect(
      await fail(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-admin')),
    ).toMatchObject({ code: 'permission-denied', message: expect.stringContaining('乡镇党委') })
    expect(
      (await fail(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-township-b'))).code,
    ).toBe('permission-denied')
  })

  test('a 5-day leave goes to the county admin; the township leader may not approve it', async () => {
    const leave = await request('2026-11-23', '2026-11-27')
    expect(leave.approverLabel).toBe('县委组织部')
    expect(
      (await fail(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-township'))).code,
    ).toBe('permission-denied')
    expect(
      await ok<LeaveView>(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-admin')),
    ).toMatchObject({ status: 'approved' })
  })

  test('rejecting needs a comment, and a decided leave cannot be decided again', async () => {
    const leave = await request('2026-11-23', '2026-11-23')
    expect(
      (await fail(call('decideLeave', { leaveId: leave.id, decision: 'rejected' }, 'demo-township'))).field,
    ).toBe('comment')
    await ok(
      call(
        'decideLeave',
        { leaveId: leave.id, decision: 'rejected', comment: '工作队人手不足' },
        'demo-township',
      ),
    )
    expect(
      (await fail(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-township'))).code,
    ).toBe('failed-precondition')
  })

  test('a leave overlapping one already asked for is refused', async () => {
    await request('2026-11-23', '2026-11-24')
    expect(
      (
        await fail(
          call(
            'requestLeave',
            { type: 'sick', startDay: '2026-11-24', endDay: '2026-11-26', reason: '发烧' },
            'demo-secretary',
          ),
        )
      ).code,
    ).toBe('conflict')
  })

  test('approved 事假 days are excused but not counted in the monthly record, also across the month end', async () => {
    const leave = await request('2026-11-20', '2026-12-02')
    await ok(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-admin'))
    const nov = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-secretary'))
    expect(nov.days.filter((d) => d.status === 'excused').map((d) => d.day)).toHaveLength(11)
    expect(nov).toMatchObject({ leaveDays: 11, excusedDays: 11, countedLeaveDays: 0 })
    const dec = await ok<MonthView>(call('getMonth', { month: '2026-12' }, 'demo-secretary'))
    expect(dec.leaveDays).toBe(2)
  })

  test('销假 closes the leave today: later days are no longer excused', async () => {
    const leave = await request('2026-11-18', '2026-11-22')
    await ok(call('decideLeave', { leaveId: leave.id, decision: 'approved' }, 'demo-admin'))
    expect((await fail(call('returnFromLeave', { leaveId: leave.id }, 'demo-member'))).code).toBe(
      'permission-denied',
    )
    const back = await ok<LeaveView>(call('returnFromLeave', { leaveId: leave.id }, 'demo-secretary'))
    expect(back).toMatchObject({ status: 'returned', returnedDay: '2026-11-20' })
    const month = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-secretary'))
    expect(month.days.find((d) => d.day === '2026-11-21')?.status).toBe('future')
  })
})
