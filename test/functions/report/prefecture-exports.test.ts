import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
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
