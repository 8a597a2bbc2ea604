import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import {
  deliveriesOf,
  fail,
  FIRST_TOWNSHIP,
  FIRST_VILLAGE,
  notice,
  NOW,
  ok,
  personIdOf,
  sentTo,
  subscribe,
  type InboxPage,
} from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

type Preview = { recipients: Array<{ personId: string; name: string; reason: string; urgedToday: boolean }> }
type Receipts = {
  recipients: number
  read: number
  receipts: Array<{ personId: string; delivery: string; readAt: string | null }>
}

const urge = (personIds: string[], topic = 'presence', openid = 'demo-supervisor', now?: string) =>
  notice(
    run,
    'sendUrge',
    {
      topic,
      filter: 'manual',
      personIds,
      title: '请补齐在村记录',
      body: '本周在村记录不全，请及时补录并说明情况。',
    },
    openid,
    now,
  )

describe('催办: recipients, once a day per topic, receipts', () => {
  test('the manual filter lists the cadres of a village in scope; a supervisor of another township is refused', async () => {
    const preview = await ok<Preview>(
      notice(
        run,
        'previewUrge',
        { filter: 'manual', topic: 'general', unitId: FIRST_VILLAGE },
        'demo-supervisor',
      ),
    )
    expect(preview.recipients.map((r) => r.personId)).toEqual(
      expect.arrayContaining([personIdOf(run, 'demo-secretary'), personIdOf(run, 'demo-village')]),
    )
    expect(
      (
        await fail(
          notice(
            run,
            'previewUrge',
            { filter: 'manual', topic: 'general', unitId: FIRST_VILLAGE },
            'demo-supervisor-b',
          ),
        )
      ).code,
    ).toBe('permission-denied')
  })

  test('the "no presence record this week" filter picks resident cadres without a record since Monday, and nobody who has one', async () => {
    const preview = await ok<Preview>(
      notice(
        run,
        'previewUrge',
        { filter: 'no_presence_week', topic: 'presence', unitId: FIRST_TOWNSHIP },
        'demo-township',
      ),
    )
    const present = run.cloud.db
      .find('presence_days', { day: { $gte: '2026-11-16' }, counted: true })
      .map((d) => String(d.personId))
    expect(present).toContain(personIdOf(run, 'demo-secretary'))
    expect(preview.recipients.length).toBeGreaterThan(0)
    expect(preview.recipients.filter((r) => present.includes(r.personId))).toEqual([])
    expect(preview.recipients.every((r) => r.reason.startsWith('本周无在村记录'))).toBe(true)
  })

  test('a cadre with a grant gets a WeChat push and an inbox record; the grant is used up', async () => {
    await subscribe(run, 'demo-member', ['urge'])
    const res = await ok<{ sent: number; skipped: number }>(urge([personIdOf(run, 'demo-member')]))
    expect(res).toMatchObject({ sent: 1, skipped: 0 })
    const pushes = sentTo(run, 'demo-member')
    expect(pushes).toHaveLength(1)
    expect(pushes[0].data).toMatchObject({
      thing1: { value: '【催办】请补齐在村记录' },
      name3: { value: '督查组长' },
    })
    const inbox = await ok<InboxPage>(notice(run, 'listInbox', {}, 'demo-member'))
    expect(inbox.items[0]).toMatchObject({ kind: 'urge', title: '【催办】请补齐在村记录', read: false })
    expect(deliveriesOf(run, personIdOf(run, 'demo-member')).map((d) => d.status)).toEqual(['sent'])
  })

  test('a second 催办 on the same topic the same day is skipped for that cadre; another topic or the next day goes through', async () => {
    const id = personIdOf(run, 'demo-pairing')
    expect(await ok<{ sent: number }>(urge([id], 'visit'))).toMatchObject({ sent: 1 })
    const again = await fail(urge([id], 'visit', 'demo-admin'))
    expect(again.code).toBe('failed-precondition')
    expect(again.message).toContain('每人每个主题每天限一次')
    const preview = await ok<Preview>(
      notice(
        run,
        'previewUrge',
        { filter: 'manual', topic: 'visit', unitId: FIRST_VILLAGE },
        'demo-supervisor',
      ),
    )
    expect(preview.recipients.find((r) => r.personId === id)?.urgedToday).toBe(true)
    expect(await ok<{ sent: number }>(urge([id], 'rectify'))).toMatchObject({ sent: 1 })
    expect(
      await ok<{ sent: number }>(urge([id], 'visit', 'demo-supervisor', '2026-11-21T01:00:00.000Z')),
    ).toMatchObject({ sent: 1 })
  })

  test('a cadre with no grant left gets the 催办 in the inbox only, and the delivery says why', async () => {
    const id = personIdOf(run, 'demo-village')
    expect(await ok<{ sent: number }>(urge([id], 'general'))).toMatchObject({ sent: 1 })
    expect(sentTo(run, 'demo-village')).toHaveLength(0)
    expect(deliveriesOf(run, id).map((d) => d.status)).toEqual(['no_grant'])
    const inbox = await ok<InboxPage>(notice(run, 'listInbox', {}, 'demo-village'))
    expect(inbox.items.some((i) => i.kind === 'urge')).toBe(true)
  })

  test("the sender sees who received it and who read it; reading is the cadre's own act", async () => {
    const ids = [personIdOf(run, 'demo-secretary'), personIdOf(run, 'demo-multi')]
    const res = await ok<{ urgeId: string }>(
      notice(
        run,
        'sendUrge',
        {
          topic: 'rectify',
          filter: 'overdue_items',
          personIds: ids,
          title: '整改逾期',
          body: '请尽快完成整改并申请销号。',
        },
        'demo-township',
      ),
    )
    const page = await ok<InboxPage>(notice(run, 'listInbox', { unreadOnly: true }, 'demo-secretary'))
    const mine = page.items.find((i) => i.title === '【催办】整改逾期')
    if (!mine) throw new Error('the 催办 is not in the inbox')
    await ok(notice(run, 'markRead', { inboxId: mine.id }, 'demo-multi')) // someone else's record: untouched
    let receipts = await ok<Receipts>(notice(run, 'getUrge', { urgeId: res.urgeId }, 'demo-township'))
    expect(receipts.read).toBe(0)
    const after = await ok<{ unread: number }>(
      notice(run, 'markRead', { inboxId: mine.id }, 'demo-secretary'),
    )
    expect(after.unread).toBe(page.unread - 1)
    receipts = await ok<Receipts>(notice(run, 'getUrge', { urgeId: res.urgeId }, 'demo-township'))
    expect(receipts).toMatchObject({ recipients: 2, read: 1 })
    expect(receipts.receipts.find((r) => r.personId === ids[0])?.readAt).toBe(NOW)
    expect((await fail(notice(run, 'getUrge', { urgeId: res.urgeId }, 'demo-supervisor'))).code).toBe(
      'permission-denied',
    )
  })

  test("a recipient outside the sender's scope is refused and nothing is sent", async () => {
    const err = await fail(urge([personIdOf(run, 'demo-secretary-b')], 'general', 'demo-township'))
    expect(err.code).toBe('permission-denied')
    expect(
      run.cloud.db.find('inbox', { personId: personIdOf(run, 'demo-secretary-b'), kind: 'urge' }),
    ).toHaveLength(0)
  })
})
