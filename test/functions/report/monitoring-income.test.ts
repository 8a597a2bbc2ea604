import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { MonitoringDashboard } from '../../../types/api/report-monitoring'
import { ok } from '../org/fixtures'
import { FIRST_TOWNSHIP, FIRST_VILLAGE, H1, H2, H3, NOW, form, visitInput } from '../visit/helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

/** The first village's figures in its township's drill-down. */
async function village() {
  const d = await ok<MonitoringDashboard>(
    run.call('report', 'getMonitoring', { unitId: FIRST_TOWNSHIP }, 'demo-township'),
  )
  const row = d.children.find((c) => c.id === FIRST_VILLAGE)
  if (!row) throw new Error('first village missing')
  return { line: d.incomeLine, withoutMeasure: row.withoutMeasure, total: d.figures.withoutMeasure }
}

const visitWithIncome = (householdId: string, incomePerCapita: number, at = '2026-11-20T00:30:00.000Z') =>
  ok(
    run.call(
      'visit',
      'submitVisit',
      {
        ...visitInput(householdId, { at, form: form((f) => void (f.incomePerCapita = incomePerCapita)) }),
        formVersion: 2,
      },
      'demo-pairing',
    ),
  )

describe('households below the county 监测标准 without a measure', () => {
  test('counts the latest visit income below the county line with no measure under way, and nothing else', async () => {
    const before = await village()
    expect(before).toMatchObject({ line: 7500, withoutMeasure: 0 })
    // Just above the line; below with no measure; below, about to get a measure.
    await visitWithIncome(H1, 7501)
    await visitWithIncome(H2, 5200)
    await visitWithIncome(H3, 7499)
    expect((await village()).withoutMeasure).toBe(2)

    await ok(
      run.call(
        'visit',
        'addMeasure',
        {
          householdId: H3,
          measure: {
            type: 'public_post',
            responsibleId: String(run.cloud.db.find('people', { openid: 'demo-pairing' })[0]._id),
            startDay: '2026-11-20',
            plannedDay: '2027-01-31',
          },
        },
        'demo-secretary',
      ),
    )
    expect((await village()).withoutMeasure).toBe(1)

    // A later visit finds H2 above the line: its latest income counts, not the first.
    await visitWithIncome(H2, 8200, '2026-11-20T00:35:00.000Z')
    // An earlier visit synced late does not overwrite the later finding.
    await visitWithIncome(H2, 3000, '2026-11-19T02:00:00.000Z')
    expect((await village()).withoutMeasure).toBe(0)
  })

  test("the county's own line decides: raising it to 8,000 brings the household at 7,501 in", async () => {
    await ok(
      run.call(
        'org',
        'updateSettings',
        {
          section: 'monitoring',
          values: {
            incomeLine: 8000,
            lineYear: 2026,
            publicity: true,
            publicityDays: 5,
            villageDays: 7,
            townshipDays: 4,
            countyDays: 4,
          },
        },
        'demo-admin',
      ),
    )
    expect(await village()).toMatchObject({ line: 8000, withoutMeasure: 1 })
  })
})
