import { randomUUID } from 'node:crypto'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { ok } from '../org/fixtures'
import { form, H1, NOW, visitInput } from './helpers'

let run: RunningCloud
const call = (action: string, input: unknown, openid = 'demo-pairing') =>
  run.cloud.call('visit', action, input, openid)

const submit = async (incomePerCapita: number, at: string) =>
  (
    await ok<{ visitId: string }>(
      call('submitVisit', {
        ...visitInput(H1, { at, form: form((f) => void (f.incomePerCapita = incomePerCapita)) }),
        formVersion: 2,
      }),
    )
  ).visitId

const correct = (visitId: string, incomePerCapita: number) =>
  ok(
    call('correctVisit', {
      visitId,
      clientId: randomUUID(),
      baseVersion: 1,
      form: form((f) => void (f.incomePerCapita = incomePerCapita)),
      reason: '人均纯收入填错，按台账核实',
    }),
  )

const storedIncome = () =>
  (run.cloud.db.find('households', { _id: H1 })[0] as { income?: { perCapita: number } | null }).income ??
  null

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe('a corrected 人均纯收入 and the household', () => {
  test("correcting the household's latest visit with an income replaces the household's income", async () => {
    const visitId = await submit(5200, '2026-11-20T00:30:00.000Z')
    expect(storedIncome()).toMatchObject({ perCapita: 5200 })
    await correct(visitId, 7800)
    expect(storedIncome()).toMatchObject({ perCapita: 7800 })
  })

  test("correcting an older visit's income leaves the newer visit's figure; correcting the newer one replaces it", async () => {
    const older = await submit(5200, '2026-11-10T00:30:00.000Z')
    const newer = await submit(9100, '2026-11-20T00:30:00.000Z')
    await correct(older, 4000)
    expect(storedIncome()).toMatchObject({ perCapita: 9100 })
    await correct(newer, 8600)
    expect(storedIncome()).toMatchObject({ perCapita: 8600 })
  })

  test("clearing the latest visit's income falls back to the household's previous visit with one", async () => {
    await submit(5200, '2026-11-10T00:30:00.000Z')
    const latest = await submit(9100, '2026-11-20T00:30:00.000Z')
    await correct(latest, 0)
    expect(storedIncome()).toMatchObject({ perCapita: 5200 })
  })
})
