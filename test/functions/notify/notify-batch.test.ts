import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'
import type { Notice } from '../../../cloudfunctions/src/shared/notify'
import { NOTICE_TEMPLATES } from '../../../types/notice-templates'

let run: RunningCloud
let db: Database
let notify: typeof import('../../../cloudfunctions/src/shared/notify').notify
let notifyBatch: typeof import('../../../cloudfunctions/src/shared/notify-batch').notifyBatch
beforeEach(async () => {
  run = await startLocalCloud({ http: false })
  // Imported once a local cloud runs: the transpiled `import * as cloud` in these modules copies the
  // SDK's `openapi` when first loaded, and it must be the local cloud's, not WeChat's servers.
  ;({ notify } = await import('../../../cloudfunctions/src/shared/notify'))
  ;({ notifyBatch } = await import('../../../cloudfunctions/src/shared/notify-batch'))
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
  cloud.init({})
  db = cloud.database({ throwOnNotFound: false }) as Database
})
afterEach(() => run.stop())

const MONDAY = new Date('2026-11-23T08:00:00.000Z')
const TUESDAY = new Date('2026-11-24T08:00:00.000Z')

const reminder = (i: number, openid: string | null = null): Notice => ({
  personId: `p-batch-${i}`,
  openid,
  topic: 'visit-due',
  kind: 'visit_due',
  title: '本周期结对户尚未走访',
  body: `还有 ${i} 户结对帮扶户本周期尚未走访`,
  link: '/packages/notice/pages/inbox/index',
  refId: 'u-411302100200',
  template: 'reminder',
  status: '待走访',
})

/** What a person's notices left in the inbox and deliveries, without the day in the ids. */
function written(personId: string) {
  const strip = (d: Record<string, unknown>): Record<string, unknown> => {
    const { _id, inboxId, at: _at, createdAt: _createdAt, ...rest } = d
    return { ...rest, ids: [_id, inboxId].map((x) => String(x ?? '').replace(/_\d{4}-\d{2}-\d{2}$/, '')) }
  }
  const find = (c: string) => run.cloud.db.find(c, { personId }, { sort: { _id: 1 } }).map(strip)
  return { inbox: find('inbox'), deliveries: find('deliveries') }
}

describe('a timer batch of notices (notifyBatch)', () => {
  test('leaves the same inbox records and deliveries as notifying each person in turn, with and without a grant', async () => {
    const openid = 'demo-member'
    // Two subscriptions in WeChat and in our records: Monday's push and Tuesday's.
    run.cloud.outbox.grant(openid, [NOTICE_TEMPLATES.reminder.id, NOTICE_TEMPLATES.reminder.id])
    run.cloud.db.insertMany('notice_grants', [
      { _id: `${openid}_reminder`, openid, templateKey: 'reminder', count: 2, updatedAt: MONDAY },
    ])
    const people = [reminder(1), reminder(2, openid), reminder(3, 'demo-village')]
    for (const n of people) await notify(db, MONDAY, n)
    const oneByOne = people.map((n) => written(n.personId))
    const results = await notifyBatch(db, TUESDAY, people)
    // The granted person's push reaches the local WeChat in the batch as it did one by one.
    expect(results.map((r) => [r.created, r.delivery])).toEqual(
      oneByOne.map((w) => [true, w.deliveries[0]?.status]),
    )
    expect(results.map((r) => r.delivery)).toEqual(['no_openid', 'sent', 'no_grant'])
    expect(run.cloud.outbox.entries.filter((e) => e.touser === openid)).toHaveLength(2)
    for (const [i, n] of people.entries()) {
      const both = written(n.personId)
      // Each person now has Monday's records (one by one) and Tuesday's (the batch), alike.
      expect(both.inbox).toEqual([...oneByOne[i].inbox, ...oneByOne[i].inbox])
      expect(both.deliveries).toEqual([...oneByOne[i].deliveries, ...oneByOne[i].deliveries])
    }
  })

  test('run again, or resumed after a cut-off that had written part of it, it sends nothing twice', async () => {
    const batch = Array.from({ length: 30 }, (_, i) => reminder(i))
    // A cut-off step had notified the first ten already.
    await notifyBatch(db, MONDAY, batch.slice(0, 10))
    const again = await notifyBatch(db, MONDAY, batch)
    expect(again.filter((r) => r.created)).toHaveLength(20)
    expect(again.slice(0, 10).every((r) => !r.created && r.delivery === 'duplicate')).toBe(true)
    expect((await notifyBatch(db, MONDAY, batch)).some((r) => r.created)).toBe(false)
    expect(run.cloud.db.find('inbox', { personId: { $regex: '^p-batch-' } })).toHaveLength(30)
    expect(run.cloud.db.find('deliveries', { personId: { $regex: '^p-batch-' } })).toHaveLength(30)
  })

  test('two inbox records of one person and topic on one day make one delivery, as one by one', async () => {
    const n = reminder(1, 'demo-member')
    const res = await notifyBatch(db, MONDAY, [
      { ...n, inboxId: 'rem-a' },
      { ...n, inboxId: 'rem-b' },
    ])
    expect(res.map((r) => [r.inboxId, r.created, r.delivery])).toEqual([
      ['rem-a', true, 'no_grant'],
      ['rem-b', true, 'duplicate'],
    ])
  })

  test('a list longer than one round goes in rounds, and a person twice across rounds gets one delivery', async () => {
    const list = [
      ...Array.from({ length: 450 }, (_, i) => reminder(i)),
      { ...reminder(3), inboxId: 'rem-late' },
    ]
    const res = await notifyBatch(db, MONDAY, list)
    expect(res.filter((r) => r.created)).toHaveLength(451)
    expect(res[450]).toEqual({ inboxId: 'rem-late', created: true, delivery: 'duplicate' })
    expect(run.cloud.db.find('deliveries', { personId: { $regex: '^p-batch-' } })).toHaveLength(450)
  })

  test('a batch of 200 takes a handful of database requests, not several per person', async () => {
    let requests = 0
    const counted = run.cloud.db.onRequest
    run.cloud.db.onRequest = (info) => {
      requests += 1
      counted?.(info)
    }
    await notifyBatch(
      db,
      MONDAY,
      Array.from({ length: 200 }, (_, i) => reminder(i, `openid-${i}`)),
    )
    expect(requests).toBeLessThan(12)
  })
})
