import { forgetJobRuns } from '../../helpers/job-runs'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'

let run: RunningCloud
const NOW = '2026-11-20T01:00:00.000Z'
const COUNTY = 'u-411302'
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

type Household = Record<string, unknown> & { _id: string; idEnc: string; phoneEnc: string | null }
const households = () => run.cloud.db.find('households', {}, { sort: { _id: 1 } }) as Household[]
const one = (id: string) => run.cloud.db.find('households', { _id: id })[0] as Household
/** The day's timer, as a fresh day (the scenarios share one pinned date). */
const fire = async () => {
  await forgetJobRuns()
  return run.cloud.timers.fireNow('visit', 'visitRecount')
}

/** A household like a seeded one (new id and import key) that left the record at `iso`. */
function leftAt(iso: string, tag: string): Household {
  const seeded = households()[0]
  const doc = { ...seeded, _id: `h-left-${tag}`, idHash: `left-${tag}`, leftAt: new Date(iso) }
  run.cloud.db.insertMany('households', [doc])
  return one(doc._id)
}

describe("retention of households' personal data (visit.household-retention, daily)", () => {
  test('a household that left the record more than 5 years ago loses its full ID number and phone; the masked forms and the record stay', async () => {
    const c = households()[0]
    const a = leftAt('2021-06-01T00:00:00.000Z', 'a')
    const b = leftAt('2024-01-01T00:00:00.000Z', 'b')
    const res = (await fire()) as { ok: boolean; data: { erased: number } }
    expect(res).toMatchObject({ ok: true, data: { erased: 1 } })
    expect(one(a._id)).toMatchObject({
      idEnc: '',
      phoneEnc: null,
      phoneHash: null,
      piiErasedAt: new Date(NOW),
      idMasked: a.idMasked,
      phoneMasked: a.phoneMasked,
      headName: a.headName,
    })
    expect(one(b._id)).toMatchObject({ idEnc: b.idEnc, phoneEnc: b.phoneEnc })
    expect(one(c._id)).toEqual(c)
    const reveal = (await run.call(
      'org',
      'revealSensitive',
      { targetType: 'household', targetId: a._id, field: 'idNumber' },
      'demo-admin',
    )) as { ok: boolean; error?: { code: string } }
    expect(reveal).toMatchObject({
      ok: false,
      error: { code: 'failed-precondition', message: '该户已移出，完整身份证号已按保留期限清除' },
    })
  })

  test('running again erases nothing more and changes nothing', async () => {
    leftAt('2020-01-01T00:00:00.000Z', 'again')
    await fire()
    const once = households()
    expect(await fire()).toMatchObject({ ok: true, data: { erased: 0 } })
    expect(households()).toEqual(once)
  })

  test("the county's own period applies, and the settings page shows the last run", async () => {
    leftAt('2024-01-01T00:00:00.000Z', 'county')
    const update = await run.call(
      'org',
      'updateSettings',
      { section: 'retention', values: { checkInDays: 90, householdYears: 2 } },
      'demo-admin',
    )
    expect(update).toMatchObject({ ok: true })
    expect(await fire()).toMatchObject({ ok: true, data: { erased: 1 } })
    const settings = (await run.call('org', 'getSettings', {}, 'demo-admin')) as {
      data: { lastRuns: { households: unknown } }
    }
    expect(settings.data.lastRuns.households).toEqual({ at: NOW, count: 1 })
    expect(
      run.cloud.db.find('job_runs', { job: 'visit.household-retention', countyId: COUNTY }),
    ).toHaveLength(1)
  })
})
