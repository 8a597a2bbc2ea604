import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { FIRST_VILLAGE, fail, ok } from '../org/fixtures'
import type { CaseDetail } from '../../../types/api/monitor-schemas'
import { AFTER_WINDOW, NOW, applyAtVillage, callAt, decide, freshHousehold, household } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
}, 120_000)
afterAll(() => run.stop())
jest.setTimeout(60_000)

const casesOf = (householdId: string) => run.cloud.db.find('monitor_cases', { householdId })

/** Takes a new case through every step, each decider passing it. */
async function allSteps(caseId: string, village: Record<string, unknown> = {}): Promise<CaseDetail> {
  await decide(run, 'demo-village', caseId, village)
  await decide(run, 'demo-village', caseId, {}, AFTER_WINDOW)
  await decide(run, 'demo-township', caseId, {}, AFTER_WINDOW)
  return decide(run, 'demo-admin', caseId, {}, AFTER_WINDOW)
}

describe('income against the county 监测标准', () => {
  test('a household above the line without 刚性支出 passes the village review only with a written reason', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id, { incomePerCapita: 9000 })
    const shown = await ok<CaseDetail>(run.call('monitor', 'getCase', { caseId }, 'demo-village'))
    expect(shown.income).toMatchObject({ position: 'above', needsReason: true, line: 7500 })
    expect(shown.income.text).toBe('人均纯收入 9000 元/年，高于（或等于）监测标准 7500 元')
    const err = await fail(
      run.call(
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '同意纳入', monitorType: 'edge' },
        'demo-village',
      ),
    )
    expect(err).toMatchObject({
      code: 'invalid-argument',
      field: 'incomeReason',
      message: '该户人均纯收入不低于监测标准且无刚性支出，须写明纳入理由',
    })
    // Nothing changed: no step, no 公示.
    expect(casesOf(h._id)[0]).toMatchObject({ step: 'candidate', noticeId: null, monitorType: null })
    const passed = await decide(run, 'demo-village', caseId, {
      monitorType: 'sudden',
      incomeReason: '户主车祸致残，今年起收入将骤降',
    })
    expect(passed.step).toBe('village_review')
    expect(passed.history.at(-1)?.note).toContain('收入情况说明：户主车祸致残')
  })

  test('刚性支出 lets a household above the line pass without a reason', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id, { incomePerCapita: 9000 })
    const passed = await decide(run, 'demo-village', caseId, { monitorType: 'unstable', rigidExpense: 30000 })
    expect(passed).toMatchObject({ step: 'village_review', rigidExpense: 30000 })
    expect(passed.income).toMatchObject({ position: 'above', needsReason: false })
  })

  test('only the village review may change the type, the risks and the income', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    await decide(run, 'demo-village', caseId, { monitorType: 'edge' })
    const err = await fail(
      callAt(
        run,
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '同意', incomePerCapita: 100 },
        'demo-village',
        AFTER_WINDOW,
      ),
    )
    expect(err).toMatchObject({
      code: 'invalid-argument',
      message: '监测类型、风险类型与收入只在村级评议时填写',
    })
    expect(casesOf(h._id)[0]).toMatchObject({ step: 'village_review', incomePerCapita: 5200 })
  })
})

describe('风险消除', () => {
  test('the same steps clear the risk; the household returns to its prior kind and keeps both cases', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const included = await allSteps(await applyAtVillage(run, 'demo-pairing', h._id), {
      monitorType: 'unstable',
    })
    expect(included.step).toBe('done')
    expect(household(run, h._id)).toMatchObject({ kind: 'monitored', monitorType: 'unstable' })

    const { caseId } = await ok<{ caseId: string }>(
      run.call(
        'monitor',
        'startClearance',
        { householdId: h._id, incomePerCapita: 6000, note: '务工收入稳定' },
        'demo-pairing',
      ),
    )
    // Below the line, clearing needs a written reason.
    const err = await fail(
      run.call('monitor', 'decideStep', { caseId, outcome: 'pass', note: '同意' }, 'demo-village'),
    )
    expect(err).toMatchObject({ code: 'invalid-argument', field: 'incomeReason' })
    const cleared = await allSteps(caseId, { incomePerCapita: 12000 })
    expect(cleared).toMatchObject({ kind: 'clearance', step: 'done', monitorType: 'unstable' })
    expect(household(run, h._id)).toMatchObject({ kind: 'lifted', monitorType: null })
    expect(casesOf(h._id).map((c) => [c.kind, c.step])).toEqual([
      ['inclusion', 'done'],
      ['clearance', 'done'],
    ])
  })

  test('a household that is not monitored has no risk to clear', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const err = await fail(
      run.call(
        'monitor',
        'startClearance',
        { householdId: h._id, incomePerCapita: 12000, note: '收入稳定' },
        'demo-village',
      ),
    )
    expect(err).toMatchObject({ code: 'failed-precondition', message: '该户不是监测对象，无需风险消除' })
    expect(casesOf(h._id)).toEqual([])
  })
})
