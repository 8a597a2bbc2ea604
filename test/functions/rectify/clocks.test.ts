import { forgetJobRuns } from '../../helpers/job-runs'
import { NOTIFY_TABLE } from '../../../types/domain/notify-events'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { RectItemDetail } from '../../../types/api/rectify-schemas'
import { expectOk, inputFor, itemIn, personIdOf, rectify } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

/** Fire the daily job as its trigger would at 08:00 Shanghai on the given day. */
async function fireAt(day: string): Promise<unknown> {
  const pinned = run.cloud.invoker.env.ZHUCUN_NOW
  run.cloud.invoker.env.ZHUCUN_NOW = `${day}T00:00:00.000Z`
  await forgetJobRuns()
  try {
    return await run.cloud.timers.fireNow('rectify')
  } finally {
    run.cloud.invoker.env.ZHUCUN_NOW = pinned
  }
}

/** The timer's reminders about an item (the events of its transitions are asserted in test/functions/notify/). */
function inboxOf(itemId: string) {
  return run.cloud.db
    .find('inbox', { refId: itemId }, { sort: { createdAt: 1, _id: 1 } })
    .filter((r) => !(String(r.kind) in NOTIFY_TABLE))
}

async function detail(id: string): Promise<RectItemDetail> {
  return expectOk(await rectify<RectItemDetail>(run, 'getItem', { itemId: id }, 'demo-supervisor'))
}

describe('the sign-for clock starts at dispatch and counts working days in Shanghai', () => {
  test('an item dispatched Friday 15:00 must be signed by Monday 15:00', async () => {
    const item = await itemIn(run, 'registered', { now: '2026-03-06T07:00:00.000Z' })
    expectOk(
      await rectify(
        run,
        'dispatch',
        { itemId: item.id, version: item.version },
        'demo-supervisor',
        '2026-03-06T07:00:00.000Z',
      ),
    )
    expect((await detail(item.id)).signDueAt).toBe('2026-03-09T07:00:00.000Z')
  })

  test('an item dispatched on Saturday must be signed by the end of Monday', async () => {
    const item = await itemIn(run, 'registered', { now: '2026-03-07T02:00:00.000Z' })
    expectOk(
      await rectify(
        run,
        'dispatch',
        { itemId: item.id, version: item.version },
        'demo-supervisor',
        '2026-03-07T02:00:00.000Z',
      ),
    )
    expect((await detail(item.id)).signDueAt).toBe('2026-03-09T16:00:00.000Z')
  })

  test('nobody is reminded on Monday morning; on Tuesday the cadre and the registrar are, once each however often the job runs', async () => {
    const item = await itemIn(run, 'registered', { now: '2026-03-06T07:00:00.000Z' })
    expectOk(
      await rectify(
        run,
        'dispatch',
        { itemId: item.id, version: item.version },
        'demo-supervisor',
        '2026-03-06T07:00:00.000Z',
      ),
    )
    await fireAt('2026-03-09')
    expect(inboxOf(item.id)).toHaveLength(0)
    await fireAt('2026-03-10')
    await fireAt('2026-03-10')
    const inbox = inboxOf(item.id)
    expect(inbox.map((r) => [r.kind, r.personId]).sort()).toEqual(
      [
        ['rect_sign_overdue', personIdOf(run, 'demo-secretary')],
        ['rect_sign_overdue', personIdOf(run, 'demo-supervisor')],
      ].sort(),
    )
    expect(inbox[0]).toEqual({
      _id: expect.stringMatching(/^rect-rect_sign_overdue-/),
      personId: expect.any(String),
      openid: expect.stringMatching(/^demo-/),
      kind: 'rect_sign_overdue',
      title: '整改事项超时未签收',
      body: expect.stringContaining('瓦店镇'),
      link: `/packages/rectify/pages/detail/index?id=${item.id}`,
      refId: item.id,
      createdAt: new Date('2026-03-10T00:00:00.000Z'),
      readAt: null,
    })
  })
})

describe('the fix clock: reminders before the deadline, orange then red after it', () => {
  test('3 days and 1 day before, on the deadline, and the day after, the responsible cadre is reminded', async () => {
    const item = await itemIn(run, 'in_progress', { deadline: '2026-03-13' })
    for (const day of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14'])
      await fireAt(day)
    const mine = inboxOf(item.id).filter((r) => r.personId === personIdOf(run, 'demo-secretary'))
    expect(mine.map((r) => r.kind)).toEqual(['rect_due_3d', 'rect_due_1d', 'rect_due_today', 'rect_overdue'])
  })

  test('an item past its deadline shows orange, and red once more than 7 days late', async () => {
    const item = await itemIn(run, 'in_progress', { deadline: '2026-03-13' })
    const at = (now: string) =>
      rectify<RectItemDetail>(run, 'getItem', { itemId: item.id }, 'demo-secretary', now)
    expect(expectOk(await at('2026-03-13T15:00:00.000Z')).overdue).toBe('none')
    expect(expectOk(await at('2026-03-14T01:00:00.000Z')).overdue).toBe('orange')
    expect(expectOk(await at('2026-03-21T17:00:00.000Z')).overdue).toBe('red')
  })

  test('going overdue is logged once as a system event that counts against the responsible person', async () => {
    const item = await itemIn(run, 'in_progress', { deadline: '2026-03-13' })
    await fireAt('2026-03-14')
    await fireAt('2026-03-15')
    const events = run.cloud.db.find('rectify_events', { itemId: item.id, action: 'overdue' })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      actorName: '系统',
      strikePersonId: personIdOf(run, 'demo-secretary'),
      from: 'in_progress',
      to: 'in_progress',
    })
  })

  test('an approved extension moves the deadline and keeps the original on record', async () => {
    const item = await itemIn(run, 'extension_requested')
    expectOk(
      await rectify(
        run,
        'approveExtension',
        await inputFor('approveExtension', item.id, item.version, run, 'demo-supervisor'),
        'demo-supervisor',
      ),
    )
    const d = await detail(item.id)
    expect({ deadline: d.deadline, originalDeadline: d.originalDeadline, state: d.state }).toEqual({
      deadline: '2099-01-31',
      originalDeadline: '2026-12-31',
      state: 'in_progress',
    })
  })

  test('a dispute does not stop the clock: the deadline stays and the item still goes overdue', async () => {
    const item = await itemIn(run, 'disputed', { deadline: '2026-03-13' })
    await fireAt('2026-03-14')
    expect(run.cloud.db.find('rectify_events', { itemId: item.id, action: 'overdue' })).toHaveLength(1)
    expectOk(
      await rectify(
        run,
        'reassign',
        await inputFor('reassign', item.id, item.version + 1, run, 'demo-admin'),
        'demo-admin',
      ),
    )
    const d = await detail(item.id)
    expect({ deadline: d.deadline, state: d.state, responsible: d.responsiblePersonId }).toEqual({
      deadline: '2026-03-13',
      state: 'dispatched',
      responsible: personIdOf(run, 'demo-member'),
    })
  })
})
