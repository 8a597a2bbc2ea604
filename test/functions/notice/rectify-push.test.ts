import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { itemIn } from '../rectify/helpers'
import { deliveriesOf, NOW, personIdOf, sentTo, subscribe } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

async function fireRectifyAt(iso: string): Promise<void> {
  const pinned = run.cloud.invoker.env.ZHUCUN_NOW
  run.cloud.invoker.env.ZHUCUN_NOW = iso
  try {
    await run.cloud.timers.fireNow('rectify')
  } finally {
    run.cloud.invoker.env.ZHUCUN_NOW = pinned
  }
}

describe('rectification deadline reminders go through notify', () => {
  test('a deadline reminder lands in the inbox and, with a grant, as a WeChat push; one push per kind and day for several items', async () => {
    const first = await itemIn(run, 'in_progress', { deadline: '2026-11-26' })
    const second = await itemIn(run, 'in_progress', { deadline: '2026-11-26' })
    // Granted after dispatch, so the grants wait for the reminders (dispatch itself is pushed when a grant is held).
    await subscribe(run, 'demo-secretary', ['reminder', 'reminder'])
    await fireRectifyAt('2026-11-23T00:00:00.000Z')
    await fireRectifyAt('2026-11-23T00:00:00.000Z')
    const me = personIdOf(run, 'demo-secretary')
    const inbox = run.cloud.db.find('inbox', { personId: me, kind: 'rect_due_3d' })
    expect(inbox.map((r) => r.refId).sort()).toEqual([first.id, second.id].sort())
    // The seed's overdue item also brings an escalation proposal that day, pushed on its own topic.
    const pushes = sentTo(run, 'demo-secretary').filter((p) =>
      JSON.stringify(p.data).includes('整改时限还有3天'),
    )
    expect(pushes).toHaveLength(1)
    expect(pushes[0]).toMatchObject({
      templateId: 'TPL-REMINDER-PLACEHOLDER',
      page: expect.stringMatching(/^packages\/rectify\/pages\/detail\/index\?id=/),
    })
    expect(
      deliveriesOf(run, me)
        .filter((d) => d.topic === 'rect_due_3d')
        .map((d) => d.status),
    ).toEqual(['sent'])
  })
})
