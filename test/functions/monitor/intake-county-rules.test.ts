import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { FIRST_VILLAGE, fail, ok, uploadImport } from '../org/fixtures'
import { WARNING_HEADER, warningXlsx } from './warning-xlsx'
import { NOW, applyAtVillage, callAt, decide, freshHousehold, idNumberOf } from './helpers'

/** 瓦店镇's second village and a village of another township (the seed's order). */
const OTHER_TOWNSHIP_VILLAGE = 'u-411302101200'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
}, 120_000)
afterAll(() => run.stop())
jest.setTimeout(60_000)

// The overdue list is read in both townships: 红泥湾镇's village gets a case from a 医保局 warning list.
beforeAll(async () => {
  const h = freshHousehold(run, OTHER_TOWNSHIP_VILLAGE)
  const bytes = await warningXlsx([WARNING_HEADER, [idNumberOf(h), '乙', '残', '']])
  const fileID = await uploadImport(run, '医保局2026年12月预警.xlsx', bytes, 'demo-admin')
  await ok(run.call('monitor', 'importWarnings', { department: 'medical_insurance', fileID }, 'demo-admin'))
})

describe('the county rules', () => {
  test('without a 公示 the village review goes straight to the township; shorter step limits need a reason', async () => {
    const base = {
      incomeLine: 8000,
      lineYear: 2026,
      publicity: false,
      publicityDays: 5,
      villageDays: 7,
      townshipDays: 4,
      countyDays: 4,
    }
    const strict = await fail(
      run.call(
        'org',
        'updateSettings',
        { section: 'monitoring', values: { ...base, townshipDays: 2 } },
        'demo-admin',
      ),
    )
    expect(strict).toMatchObject({
      code: 'invalid-argument',
      message: '从严设置须写明理由：乡镇审核时限由 4 天缩短到 2 天',
    })
    await ok(run.call('org', 'updateSettings', { section: 'monitoring', values: base }, 'demo-admin'))
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id, { incomePerCapita: 7800 })
    const passed = await decide(run, 'demo-village', caseId, { monitorType: 'edge' })
    expect(passed).toMatchObject({ step: 'township_review', notice: null, stepDueDay: '2026-12-11' })
    expect(passed.income).toMatchObject({ line: 8000, position: 'below' })
  })

  test('a case past its step day shows as overdue in the list', async () => {
    const late = '2026-12-25T02:00:00.000Z'
    const list = await ok<{ items: Array<{ id: string; overdue: boolean }>; total: number }>(
      callAt(run, 'monitor', 'listCases', { overdueOnly: true, limit: 100 }, 'demo-township', late),
    )
    expect(list.total).toBeGreaterThan(0)
    expect(list.items.every((c) => c.overdue)).toBe(true)
    const elsewhere = await ok<{ items: Array<{ villageId: string }> }>(
      callAt(run, 'monitor', 'listCases', { limit: 100 }, 'demo-township-b', late),
    )
    // 红泥湾镇's leader sees its own village's imported case, none of 瓦店镇's.
    expect(elsewhere.items.map((c) => c.villageId)).toContain(OTHER_TOWNSHIP_VILLAGE)
    expect(elsewhere.items.filter((c) => c.villageId.startsWith('u-411302100'))).toEqual([])
  })
})
