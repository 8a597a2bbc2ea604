import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, PREFECTURE } from '../../helpers/prefecture'
import { ok, uploadImport } from '../org/fixtures'
import { csv, rowsOf } from './files'
import type { ImportReport } from '../../../types/api/imports'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
  await addPrefecture(run)
})
afterAll(() => run.stop())

const FILE = csv(
  rowsOf('units', [
    { 层级: '区县', 编码: '411321', 名称: '南召县', 上级编码: '4113' },
    { 层级: '乡镇', 编码: '411321100', 名称: '城关镇', 上级编码: '411321' },
  ]),
)

describe('imports by a 州/市 admin', () => {
  test('create a county and its townships beneath the 州/市, with the 州/市 in their paths', async () => {
    const fileID = uploadImport(run, 'units.csv', FILE, 'demo-pref-admin')
    const res = await ok<{ report: ImportReport }>(
      run.call('imports', 'runImport', { fileID }, 'demo-pref-admin'),
    )
    expect(res.report.issues).toEqual([])
    const [county] = run.cloud.db.find('org_units', { code: '411321' }) as Array<{
      level: string
      path: string[]
    }>
    expect(county).toMatchObject({ level: 'county', path: [PREFECTURE, 'u-411321'] })
    const [town] = run.cloud.db.find('org_units', { code: '411321100' }) as Array<{ path: string[] }>
    expect(town.path).toEqual([PREFECTURE, 'u-411321', 'u-411321100'])
  })

  test('a county admin cannot add a county, and nothing is written', async () => {
    const file = csv(rowsOf('units', [{ 层级: '区县', 编码: '411322', 名称: '方城县', 上级编码: '4113' }]))
    const fileID = uploadImport(run, 'units.csv', file, 'demo-admin')
    const report = await ok<ImportReport>(run.call('imports', 'validateImport', { fileID }, 'demo-admin'))
    expect(report.issues.map((i) => i.reason)).toEqual(['上级单位不在您的管辖范围内'])
    expect(run.cloud.db.find('org_units', { code: '411322' })).toEqual([])
  })
})
