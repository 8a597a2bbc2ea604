import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const VILLAGE = 'u-411302100200'

interface ListEnvelope {
  ok: boolean
  data?: { items: Array<{ id: string }>; skipped: number }
  error?: { code: string; message: string }
}

/** A copy of a stored record with one field as an earlier version might have left it. */
function plantOdd(collection: string, query: Record<string, unknown>, odd: Record<string, unknown>): string {
  const [doc] = run.cloud.db.find(collection, query, { limit: 1 })
  expect(doc).toBeDefined()
  const id = `odd-${collection}-${Object.keys(odd).join('-')}`
  run.cloud.db.insertMany(collection, [{ ...doc, _id: id, ...odd }])
  return id
}

describe('a list with one odd stored record', () => {
  test.each([
    {
      name: 'presence.listLeaves shows the other leaves when one starts on 30 February',
      fn: 'presence',
      action: 'listLeaves',
      input: { box: 'approve' },
      openid: 'demo-township',
      plant: () =>
        plantOdd('presence_leaves', { villageId: VILLAGE }, { startDay: '2026-02-30', endDay: '2026-02-28' }),
    },
    {
      name: 'rectify.listLedger shows the other items when one has the deadline 2027-99-99',
      fn: 'rectify',
      action: 'listLedger',
      input: { villageId: VILLAGE },
      openid: 'demo-admin',
      plant: () =>
        plantOdd(
          'rectify_items',
          { villageId: VILLAGE },
          { deadline: '2027-99-99', registeredAt: new Date() },
        ),
    },
    {
      name: 'notice.listPublicNotices shows the other notices when one ends on 31 November',
      fn: 'notice',
      action: 'listPublicNotices',
      input: { villageCode: '411302100200' },
      openid: 'o-villager',
      plant: () =>
        plantOdd('public_notices', { unitId: VILLAGE }, { endDay: '2026-11-31', createdAt: new Date() }),
    },
    {
      name: 'visit.listVisits shows the other visits when one was stored with an unknown status',
      fn: 'visit',
      action: 'listVisits',
      input: { villageId: VILLAGE },
      openid: 'demo-secretary',
      plant: () =>
        plantOdd(
          'visits',
          { villageId: VILLAGE },
          { status: 'lost', startedAt: new Date(), clientId: 'odd-client-0001' },
        ),
    },
  ])('$name, and counts it as skipped', async ({ fn, action, input, openid, plant }) => {
    const before = (await run.callRaw(fn, action, input, openid)) as ListEnvelope
    expect(before.ok).toBe(true)
    const oddId = plant()
    // The function logs which record it left out, so it can be found and repaired.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const res = (await run.callRaw(fn, action, input, openid)) as ListEnvelope
    const lines = logged.mock.calls.map((args) => String(args[0]))
    logged.mockRestore()
    expect(lines.some((l) => l.includes('"event":"record_skipped"') && l.includes(`"id":"${oddId}"`))).toBe(
      true,
    )
    expect(res.error).toBeUndefined()
    expect(res.data?.skipped).toBe(1)
    expect(res.data?.items.map((i) => i.id)).not.toContain(oddId)
    expect(res.data?.items.map((i) => i.id)).toEqual(
      before.data?.items.map((i) => i.id).slice(0, res.data?.items.length),
    )
    expect(res.data?.items.length).toBeGreaterThan(0)
  })
})

describe('one odd stored record opened on its own', () => {
  test.each([
    {
      name: 'rectify.getItem of an item with the deadline 2027-99-99',
      fn: 'rectify',
      action: 'getItem',
      openid: 'demo-admin',
      plant: () =>
        plantOdd('rectify_items', { villageId: VILLAGE }, { deadline: '2027-99-99', updatedAt: new Date() }),
      input: (id: string) => ({ itemId: id }),
    },
    {
      name: 'notice.getPublicNotice of a notice that ends on 31 November',
      fn: 'notice',
      action: 'getPublicNotice',
      openid: 'o-villager',
      plant: () =>
        plantOdd(
          'public_notices',
          { unitId: VILLAGE, status: 'published' },
          { endDay: '2026-11-31', startDay: '2026-01-01' },
        ),
      input: (id: string) => ({ noticeId: id }),
    },
    {
      name: 'notice.withdrawNotice of a notice that ends on 31 November',
      fn: 'notice',
      action: 'withdrawNotice',
      openid: 'demo-admin',
      plant: () =>
        plantOdd(
          'public_notices',
          { unitId: VILLAGE, status: 'published' },
          { endDay: '2026-11-31', startDay: '2026-01-02', title: '待撤回的公示' },
        ),
      input: (id: string) => ({ noticeId: id, reason: '内容有误，撤回重发' }),
    },
  ])(
    '$name is a clear refusal that changes nothing, not an internal error',
    async ({ fn, action, openid, plant, input }) => {
      const id = plant()
      const before = run.cloud.db.snapshot()
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
      const res = (await run.callRaw(fn, action, input(id), openid)) as ListEnvelope
      const lines = logged.mock.calls.map((args) => String(args[0]))
      logged.mockRestore()
      expect(res.error?.code).toBe('failed-precondition')
      expect(res.error?.message).toMatch(/数据有误/)
      expect(lines.some((l) => l.includes('"event":"record_skipped"') && l.includes(`"id":"${id}"`))).toBe(
        true,
      )
      expect(run.cloud.db.snapshot()).toEqual(before)
    },
  )
})
