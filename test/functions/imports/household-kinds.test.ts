import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { ok, uploadImport } from '../org/fixtures'
import { csv, idNumberFor, rowsOf } from './files'
import type { ImportReport } from '../../../types/api/imports'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const VILLAGE_CODE = '411302100200'
const row = (serial: number, cells: Record<string, string>) => ({
  户主姓名: `类型户${serial}`,
  户主身份证号: idNumberFor(700 + serial),
  村编码: VILLAGE_CODE,
  ...cells,
})
const validate = async (rows: Array<Record<string, string>>) =>
  ok<ImportReport>(
    run.call(
      'imports',
      'validateImport',
      { fileID: uploadImport(run, 'kinds.csv', csv(rowsOf('households', rows))) },
      'demo-admin',
    ),
  )

describe('importing households with the 2026 kinds', () => {
  test('未脱贫 is refused with a Chinese reason, and 主要致贫原因 is required only for 脱贫户 and 脱贫不稳定户', async () => {
    const report = await validate([
      row(1, { 农户类型: '未脱贫', 主要致贫原因: '因病' }), // row 2
      row(2, { 农户类型: '脱贫户' }), // row 3: no cause
      row(3, { 农户类型: '监测对象', 监测对象类型: '脱贫不稳定户' }), // row 4: no cause
      row(4, { 农户类型: '监测对象' }), // row 5: no type
      row(5, { 农户类型: '一般农户', 主要致贫原因: '因病' }), // row 6: cause does not apply
      row(6, { 农户类型: '一般农户', 监测对象类型: '边缘易致贫户' }), // row 7: type does not apply
      row(7, { 农户类型: '监测对象', 监测对象类型: '边缘易致贫户' }), // row 8: fine without a cause
      row(8, { 农户类型: '一般农户' }), // row 9: fine
    ])
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([
      [2, '农户类型'],
      [3, '主要致贫原因'],
      [4, '主要致贫原因'],
      [5, '监测对象类型'],
      [6, '主要致贫原因'],
      [7, '监测对象类型'],
    ])
    expect(report.issues[0].reason).toBe('2021 年起已无“未脱贫”户，请填写脱贫户、监测对象或一般农户')
    expect(report.issues[4].reason).toBe('主要致贫原因只填写脱贫户和脱贫不稳定户')
    expect(report.counts[0]).toMatchObject({ rows: 8, invalid: 6, create: 2 })
  })

  test('old sheets saying 已脱贫 or 监测户 are read as 脱贫户 and 监测对象; the kinds land on the records', async () => {
    const rows = [
      row(11, { 农户类型: '已脱贫', 主要致贫原因: '因学' }),
      row(12, { 农户类型: '监测户', 监测对象类型: '突发严重困难户' }),
      row(13, { 农户类型: '一般农户' }),
    ]
    const fileID = uploadImport(run, 'kinds.csv', csv(rowsOf('households', rows)))
    const res = await ok<{ report: ImportReport }>(run.call('imports', 'runImport', { fileID }, 'demo-admin'))
    expect(res.report.issues).toEqual([])
    const stored = (name: string) => run.cloud.db.find('households', { headName: name })[0]
    expect(stored('类型户11')).toMatchObject({ kind: 'lifted', monitorType: null, mainCause: 'schooling' })
    expect(stored('类型户11')).toMatchObject({ registeredStatus: 'lifted' })
    expect(stored('类型户12')).toMatchObject({ kind: 'monitored', monitorType: 'sudden', mainCause: null })
    expect(stored('类型户13')).toMatchObject({ kind: 'ordinary', monitorType: null, registeredStatus: null })
  })
})
