import { uploadAs } from '../../helpers/uploads'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, ok } from '../org/fixtures'
import { coverageDoc, FIRST_VILLAGE, form, H1, H2, H4, monthStats, NOW, visitInput } from './helpers'

let run: RunningCloud
type Submitted = {
  visitId: string
  duplicate: boolean
  period: string
  firstOfPeriod: boolean
  syncedLate: boolean
}
const submit = (input: unknown, openid = 'demo-pairing', now = NOW) =>
  run.cloud.call('visit', 'submitVisit', input, openid, { ZHUCUN_NOW: now })

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe('visit.submitVisit', () => {
  test('a first visit of the period counts the household as visited and bumps the village counters once', async () => {
    const before = monthStats(run, FIRST_VILLAGE, '2026-11')
    const r = await ok<Submitted>(submit(visitInput(H1)))
    expect(r).toMatchObject({ duplicate: false, period: '2026-11', firstOfPeriod: true, syncedLate: false })
    expect(coverageDoc(run, H1, '2026-11').visits).toBe(1)
    expect(monthStats(run, FIRST_VILLAGE, '2026-11')).toMatchObject({
      visits: (before.visits ?? 0) + 1,
      visitedHouseholds: (before.visitedHouseholds ?? 0) + 1,
    })
  })

  test('a second visit of an already visited household adds a visit but not a visited household', async () => {
    const before = monthStats(run, FIRST_VILLAGE, '2026-11')
    const r = await ok<Submitted>(submit(visitInput(H2)))
    expect(r.firstOfPeriod).toBe(false)
    expect(coverageDoc(run, H2, '2026-11').visits).toBe(2)
    expect(monthStats(run, FIRST_VILLAGE, '2026-11')).toMatchObject({
      visits: (before.visits ?? 0) + 1,
      visitedHouseholds: before.visitedHouseholds,
    })
  })

  test('resending the same client id returns the first answer and stores and counts nothing more', async () => {
    const input = visitInput(H1)
    const first = await ok<Submitted>(submit(input))
    const stats = monthStats(run, FIRST_VILLAGE, '2026-11')
    const again = await ok<Submitted>(submit(input))
    const third = await ok<Submitted>(submit(input))
    expect(again).toMatchObject({ visitId: first.visitId, duplicate: true, firstOfPeriod: false })
    expect(third.duplicate).toBe(true)
    expect(run.cloud.db.count('visits', { clientId: input.clientId })).toBe(1)
    expect(run.cloud.db.count('visit_versions', { visitId: first.visitId })).toBe(1)
    expect(monthStats(run, FIRST_VILLAGE, '2026-11')).toEqual(stats)
    expect(coverageDoc(run, H1, '2026-11').visits).toBe(1)
  })

  test('a visit stored but not yet counted (the function died) is counted by its resend, exactly once', async () => {
    const input = visitInput(H1)
    const first = await ok<Submitted>(submit(input))
    const [stored] = run.cloud.db.find('visits', { _id: first.visitId })
    const crashed = visitInput(H1)
    // As if a second visit was inserted and the function died before counting it.
    run.cloud.db.insertMany('visits', [
      { ...stored, _id: `v-${crashed.clientId}`, clientId: crashed.clientId, counted: false },
    ])
    const stats = monthStats(run, FIRST_VILLAGE, '2026-11')
    const again = await ok<Submitted>(submit(crashed))
    await ok(submit(crashed))
    expect(again.duplicate).toBe(true)
    expect(coverageDoc(run, H1, '2026-11').visits).toBe(2)
    expect(monthStats(run, FIRST_VILLAGE, '2026-11')).toEqual({ ...stats, visits: (stats.visits ?? 0) + 1 })
  })

  test('a visit made offline on 31 October and sent on 2 November counts for October and is marked late', async () => {
    const octBefore = monthStats(run, FIRST_VILLAGE, '2026-10')
    const novBefore = monthStats(run, FIRST_VILLAGE, '2026-11')
    const r = await ok<Submitted>(
      submit(
        visitInput(H4, { at: '2026-10-31T15:30:00.000Z' }),
        'demo-secretary',
        '2026-11-02T02:00:00.000Z',
      ),
    )
    expect(r).toMatchObject({ period: '2026-10', syncedLate: true })
    expect(monthStats(run, FIRST_VILLAGE, '2026-10').visits).toBe((octBefore.visits ?? 0) + 1)
    expect(monthStats(run, FIRST_VILLAGE, '2026-11')).toEqual(novBefore)
  })

  test('a visit at 00:10 on 1 December Shanghai time belongs to December, not November', async () => {
    const r = await ok<Submitted>(
      submit(visitInput(H1, { at: '2026-11-30T16:10:00.000Z' }), 'demo-pairing', '2026-12-01T01:00:00.000Z'),
    )
    expect(r.period).toBe('2026-12')
    expect(monthStats(run, FIRST_VILLAGE, '2026-12')).toMatchObject({ visits: 1, visitedHouseholds: 1 })
  })

  test('a visit timed in the future or older than 40 days is refused with the reason', async () => {
    expect((await fail(submit(visitInput(H1, { at: '2026-11-20T03:00:00.000Z' })))).message).toContain(
      '请校准手机时间',
    )
    expect((await fail(submit(visitInput(H1, { at: '2026-10-01T01:00:00.000Z' })))).message).toContain(
      '40 天',
    )
  })

  test('a pairing cadre may not visit a household paired with someone else, the village team may', async () => {
    expect((await fail(submit(visitInput(H4)))).code).toBe('permission-denied')
    await ok(submit(visitInput(H4), 'demo-member'))
    expect((await fail(submit(visitInput(H1), 'demo-secretary-b'))).code).toBe('permission-denied')
  })

  test('a "no" without a note is refused naming the field', async () => {
    const bad = visitInput(H1, {
      form: form((f) => {
        f.checks.water = { ok: false, note: '' }
      }),
    })
    const err = await fail(submit(bad))
    expect(err).toMatchObject({ code: 'invalid-argument', field: 'form.checks.water.note' })
  })

  test('photos follow one by one and a resend of a photo does not add it twice', async () => {
    const input = visitInput(H1, { photoCount: 2 })
    const { visitId } = await ok<Submitted>(submit(input))
    const fileID = await uploadAs(run, 'demo-pairing', 'visit')
    const attach = (index: number, id = fileID) =>
      run.cloud.call('visit', 'attachPhoto', { clientId: input.clientId, index, fileID: id }, 'demo-pairing')
    await ok(attach(0))
    expect(await ok(attach(0))).toEqual({ visitId, photos: 1, photoCount: 2 })
    expect((await fail(attach(2))).code).toBe('invalid-argument')
    expect(
      (
        await fail(
          run.cloud.call(
            'visit',
            'attachPhoto',
            { clientId: input.clientId, index: 1, fileID },
            'demo-member',
          ),
        )
      ).code,
    ).toBe('permission-denied')
  })

  test('a photo attached to one visit is refused for another', async () => {
    const first = visitInput(H1, { photoCount: 1 })
    const second = visitInput(H1, { photoCount: 1 })
    await ok(submit(first))
    await ok(submit(second))
    const fileID = await uploadAs(run, 'demo-pairing', 'visit')
    await ok(
      run.cloud.call('visit', 'attachPhoto', { clientId: first.clientId, index: 0, fileID }, 'demo-pairing'),
    )
    const err = await fail(
      run.cloud.call('visit', 'attachPhoto', { clientId: second.clientId, index: 0, fileID }, 'demo-pairing'),
    )
    expect([err.code, err.field]).toEqual(['conflict', 'fileID'])
  })

  test("a visit photo must be the author's own upload for a visit", async () => {
    const input = visitInput(H1, { photoCount: 1 })
    await ok(submit(input))
    const attach = (fileID: string) =>
      run.cloud.call('visit', 'attachPhoto', { clientId: input.clientId, index: 0, fileID }, 'demo-pairing')
    expect((await fail(attach(await uploadAs(run, 'demo-secretary', 'visit')))).code).toBe(
      'permission-denied',
    )
    expect((await fail(attach(await uploadAs(run, 'demo-pairing', 'check-in')))).code).toBe(
      'invalid-argument',
    )
  })
})
