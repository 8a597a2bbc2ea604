// Two people act on one item at the same moment. On CloudBase the later transactional write is
// refused at once (a write conflict the SDK does not retry); the function must still answer both:
// one applies, the other learns the item moved on. Neither gets an internal error.
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { itemIn, rectify } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

test('of two simultaneous approvals of one item, one applies and the other is told the item has moved on', async () => {
  const item = await itemIn(run, 'extension_requested')
  const both = await Promise.all(
    ['demo-supervisor', 'demo-supervisor'].map((who) =>
      rectify(run, 'approveExtension', { itemId: item.id, version: item.version }, who),
    ),
  )
  const outcomes = both.map((r) => (r.ok ? `ok:${r.data.state}` : r.error.code)).sort()
  expect(outcomes).toEqual(['failed-precondition', 'ok:in_progress'])
  const events = run.cloud.db.find('rectify_events', { itemId: item.id, action: 'approveExtension' })
  expect(events).toHaveLength(1)
  expect(run.cloud.db.find('rectify_items', { _id: item.id })[0].version).toBe(item.version + 1)
})
