import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import { seedMonitoringFixture } from './monitoring-fixture'
import { addPrefecture, COUNTY_B, PREFECTURE } from '../../helpers/prefecture'
import { downloadName, wholeScopeName } from '../../../types/domain/file-name'
import { COUNTY, fail, ok } from '../org/fixtures'

type Bundle = {
  fileID: string
  fileName: string
  rows: { presence: number; visits: number; rectify: number }
}

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-12-03T02:00:00.000Z' })
  await addPrefecture(run)
}, 60_000)
afterAll(() => run.stop())

const exported = () => run.cloud.db.find('audit_log', { targetType: 'report_export' }).length
const bundle = (input: object, openid: string) => run.callRaw('report', 'exportBundle', input, openid)

describe('a 州/市 exports the 月度材料 of its whole scope', () => {
  test('a 州/市 names its whole scope the way people write it', () => {
    expect(wholeScopeName('南阳市')).toBe('南阳市全市')
    expect(wholeScopeName('黔南布依族苗族自治州')).toBe('黔南布依族苗族自治州全州')
    expect(wholeScopeName('阿里地区')).toBe('阿里地区全地区')
    expect(downloadName('月度材料', wholeScopeName('南阳市'), '2026-11')).toBe(
      '月度材料-南阳市全市-2026-11.xlsx',
    )
  })

  test('the 州/市 supervisor gets three sheets per county, named after each county, in one file', async () => {
    const file = await ok<Bundle>(bundle({ month: '2026-11' }, 'demo-pref-supervisor'))
    expect(file.fileName).toBe('月度材料-南阳市全市-2026-11.xlsx')
    const wb = await storedWorkbook(run, file.fileID)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '宛城区-驻村工作记实',
      '宛城区-走访覆盖',
      '宛城区-整改台账',
      '卧龙区-驻村工作记实',
      '卧龙区-走访覆盖',
      '卧龙区-整改台账',
    ])
    const county = await ok<Bundle>(bundle({ unitId: COUNTY, month: '2026-11' }, 'demo-admin'))
    // The 州/市 file holds the county's rows and the second county's one village.
    expect(file.rows.visits).toBe(county.rows.visits + 1)
    expect(file.rows.presence).toBeGreaterThanOrEqual(county.rows.presence)
    expect(file.rows.rectify).toBe(county.rows.rectify)
    expect(wb.getWorksheet('卧龙区-走访覆盖')?.getCell(3, 3).value).toBe('七里园村')
  })

  test('the 州/市 admin may name the 州/市 or one county beneath it', async () => {
    const whole = await ok<Bundle>(bundle({ unitId: PREFECTURE, month: '2026-11' }, 'demo-pref-admin'))
    expect(whole.fileName).toBe('月度材料-南阳市全市-2026-11.xlsx')
    const one = await ok<Bundle>(bundle({ unitId: COUNTY_B, month: '2026-11' }, 'demo-pref-admin'))
    expect(one.fileName).toBe('月度材料-卧龙区-2026-11.xlsx')
    expect(one.rows.visits).toBe(1)
  })

  test('a county admin cannot export the 州/市 or the other county, and nothing is exported', async () => {
    const files = exported()
    for (const unitId of [PREFECTURE, COUNTY_B]) {
      const err = await fail(bundle({ unitId, month: '2026-11' }, 'demo-admin'))
      expect(err.code).toBe('permission-denied')
    }
    expect((await fail(bundle({ unitId: COUNTY, month: '2026-11' }, 'demo-admin-b'))).code).toBe(
      'permission-denied',
    )
    expect(exported()).toBe(files)
  })
})

type File = { fileID: string; fileName: string }

describe('every other export a county admin has covers the 州/市 too', () => {
  test('驻村工作记实: one sheet per county, each with its own rows, named after the whole 州/市', async () => {
    const pref = await ok<File & { rows: number }>(
      run.call('presence', 'exportMonth', { month: '2026-11' }, 'demo-pref-admin'),
    )
    expect(pref.fileName).toBe('驻村工作记实-南阳市全市-2026-11.xlsx')
    const wb = await storedWorkbook(run, pref.fileID)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['宛城区-驻村工作记实', '卧龙区-驻村工作记实'])
    const county = await ok<File & { rows: number }>(
      run.call('presence', 'exportMonth', { month: '2026-11' }, 'demo-admin'),
    )
    expect(county.fileName).toBe('驻村工作记实-宛城区-2026-11.xlsx')
    // 卧龙区's first secretary is the one more row.
    expect(pref.rows).toBe(county.rows + 1)
  })

  test('走访记录 of the 州/市 holds the visits of its counties, not none', async () => {
    const pref = await ok<File & { visits: number; households: number }>(
      run.call('visit', 'exportVisits', { unitId: PREFECTURE, period: '2026-11' }, 'demo-pref-supervisor'),
    )
    const county = await ok<File & { visits: number; households: number }>(
      run.call('visit', 'exportVisits', { unitId: COUNTY, period: '2026-11' }, 'demo-supervisor'),
    )
    expect(pref.fileName).toBe('走访记录-南阳市全市-2026-11.xlsx')
    expect(county.visits).toBeGreaterThan(0)
    expect(pref.visits).toBe(county.visits)
    expect(pref.households).toBe(county.households)
  })

  test('整改台账 and 防返贫监测帮扶信息 of the 州/市 are named after the whole 州/市', async () => {
    const ledger = await ok<File & { count: number }>(
      run.call('rectify', 'exportLedger', {}, 'demo-pref-admin'),
    )
    expect(ledger.fileName).toBe('整改台账-南阳市全市-2026-12.xlsx')
    const county = await ok<File & { count: number }>(run.call('rectify', 'exportLedger', {}, 'demo-admin'))
    expect(ledger.count).toBe(county.count)
    seedMonitoringFixture(run)
    const mon = await ok<File & { rows: number }>(
      run.call('report', 'exportMonitoring', { unitId: PREFECTURE }, 'demo-pref-supervisor'),
    )
    expect(mon.fileName).toBe('防返贫监测帮扶信息-南阳市全市-2026-12-03.xlsx')
    const own = await ok<File & { rows: number }>(
      run.call('report', 'exportMonitoring', { unitId: COUNTY }, 'demo-supervisor'),
    )
    expect(mon.rows).toBe(own.rows)
    expect(
      (await fail(run.callRaw('report', 'exportMonitoring', { unitId: PREFECTURE }, 'demo-admin-b'))).code,
    ).toBe('permission-denied')
  })
})
