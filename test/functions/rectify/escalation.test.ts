import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { EscalationView } from '../../../types/api/rectify-schemas'
import { expectOk, itemIn, personIdOf, rectify } from './helpers'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterEach(() => run.stop())

/** An application rejected at `now`: no strike under the policy (a returned application is not counted). */
async function rejectedAt(now: string, deadline = '2026-12-31'): Promise<void> {
  const item = await itemIn(run, 'reviewing', { now, deadline })
  expectOk(
    await rectify(
      run,
      'reject',
      { itemId: item.id, version: item.version, comment: '照片不清楚' },
      'demo-supervisor',
      now,
    ),
  )
}

/** `n` open items of demo-secretary whose deadline `deadline` passes; the daily job at `fireAt` marks them overdue. */
async function missedAt(n: number, deadline: string, fireAt: string, registeredAt: string): Promise<void> {
  for (let i = 0; i < n; i++) await itemIn(run, 'in_progress', { deadline, now: registeredAt })
  run.cloud.invoker.env.ZHUCUN_NOW = fireAt
  await run.cloud.timers.fireNow('rectify')
}

/** Pending proposals against demo-secretary (the demo seed holds one against another cadre). */
async function pending(openid: string): Promise<EscalationView[]> {
  const items = expectOk(
    await rectify<{ items: EscalationView[] }>(run, 'listEscalations', { status: 'pending' }, openid),
  ).items
  return items.filter((e) => e.personId === personIdOf(run, 'demo-secretary'))
}

describe('escalation counts missed deadlines per responsible person in a rolling 12-month window', () => {
  test('the first, second and third missed deadline propose 通报, 约谈 and 问责', async () => {
    await missedAt(3, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    const list = await pending('demo-supervisor')
    expect(list.map((e) => [e.strikeCount, e.stepLabel, e.strikeLabel]).sort()).toEqual([
      [1, '通报', '整改逾期'],
      [2, '约谈', '整改逾期'],
      [3, '问责', '整改逾期'],
    ])
    expect(new Set(list.map((e) => e.personId))).toEqual(new Set([personIdOf(run, 'demo-secretary')]))
  })

  test('a returned close application never proposes anything, however often it happens', async () => {
    for (let i = 0; i < 3; i++) await rejectedAt('2026-03-02T02:00:00.000Z')
    expect(await pending('demo-supervisor')).toEqual([])
  })

  test('a missed deadline after returned applications is still a first missed deadline', async () => {
    await rejectedAt('2026-03-02T02:00:00.000Z')
    await missedAt(1, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    expect((await pending('demo-admin')).map((e) => [e.strikeCount, e.step])).toEqual([[1, 'notice']])
  })

  test('a missed deadline older than 12 months has lapsed: the next one is a first again', async () => {
    await missedAt(1, '2025-01-08', '2025-01-10T00:00:00.000Z', '2025-01-02T02:00:00.000Z')
    await missedAt(1, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    expect((await pending('demo-supervisor')).map((e) => e.strikeCount).sort()).toEqual([1, 1])
  })

  test('a missed deadline just inside the window still counts', async () => {
    await missedAt(1, '2025-03-05', '2025-03-07T00:00:00.000Z', '2025-03-02T02:00:00.000Z')
    await missedAt(1, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    expect((await pending('demo-supervisor')).map((e) => e.strikeCount).sort()).toEqual([1, 2])
  })
})

describe('a supervisor decides each proposed step', () => {
  test('approving needs a comment, is logged, and cannot happen twice', async () => {
    await missedAt(1, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    const [e] = await pending('demo-supervisor')
    const empty = await rectify(
      run,
      'approveEscalation',
      { escalationId: e.id, comment: '' },
      'demo-supervisor',
    )
    expect(empty.ok ? 'ok' : empty.error.code).toBe('invalid-argument')
    const done = expectOk(
      await rectify<EscalationView>(
        run,
        'approveEscalation',
        { escalationId: e.id, comment: '同意通报' },
        'demo-supervisor',
      ),
    )
    expect(done).toMatchObject({ status: 'approved', decidedByName: '督查组长', comment: '同意通报' })
    const again = await rectify(
      run,
      'dismissEscalation',
      { escalationId: e.id, comment: '重复' },
      'demo-admin',
    )
    expect(again.ok ? 'ok' : again.error.code).toBe('failed-precondition')
    expect(run.cloud.db.find('audit_log', { targetType: 'escalation', targetId: e.id })).toHaveLength(1)
    expect(await pending('demo-supervisor')).toEqual([])
  })

  test('a supervisor of another township neither sees nor decides 瓦店镇 escalations', async () => {
    await missedAt(1, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    expect(await pending('demo-supervisor-b')).toEqual([])
    const [e] = await pending('demo-township')
    const res = await rectify(
      run,
      'dismissEscalation',
      { escalationId: e.id, comment: '不同意' },
      'demo-supervisor-b',
    )
    expect(res.ok ? 'ok' : res.error.code).toBe('permission-denied')
  })

  test('a township leader sees the proposals of the township but may not decide them', async () => {
    await missedAt(1, '2026-03-05', '2026-03-06T00:00:00.000Z', '2026-03-02T02:00:00.000Z')
    const [e] = await pending('demo-township')
    const res = await rectify(
      run,
      'approveEscalation',
      { escalationId: e.id, comment: '同意' },
      'demo-township',
    )
    expect(res.ok ? 'ok' : res.error.code).toBe('permission-denied')
  })
})
