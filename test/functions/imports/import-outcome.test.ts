import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { ok, uploadImport } from '../org/fixtures'
import { csv, idNumberFor, rowsOf } from './files'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

type Run = { fileName: string; written: number; outcome: string }
const VILLAGE_CODE = '411302100200'
const FILE = csv(
  rowsOf('households', [
    {
      户主姓名: '导入名甲',
      户主身份证号: idNumberFor(41),
      村编码: VILLAGE_CODE,
      主要致贫原因: '因病',
      农户类型: '脱贫户',
    },
    {
      户主姓名: '导入名乙',
      户主身份证号: idNumberFor(42),
      村编码: VILLAGE_CODE,
      主要致贫原因: '因学',
      农户类型: '脱贫户',
    },
  ]),
)

describe('what an import says it did', () => {
  test('an import keeps the name the file had on the phone and says how many records it wrote', async () => {
    const res = await ok<Run>(
      run.call(
        'imports',
        'runImport',
        { fileID: uploadImport(run, '瓦店镇农户2026.csv', FILE) },
        'demo-admin',
      ),
    )
    expect(res).toMatchObject({
      fileName: '瓦店镇农户2026.csv',
      written: 2,
      outcome: '已写入 2 条记录（新增 2、更新 0）',
    })
    const audit = await ok<{ items: Array<{ summary: string; actionLabel: string }> }>(
      run.call('org', 'listAudit', { limit: 1 }, 'demo-admin'),
    )
    expect(audit.items[0]).toMatchObject({
      actionLabel: '数据导入',
      summary: expect.stringContaining('瓦店镇农户2026.csv'),
    })
  })

  test('importing the same file again writes nothing and says so, with why', async () => {
    const res = await ok<Run>(
      run.call('imports', 'runImport', { fileID: uploadImport(run, '再次导入.csv', FILE) }, 'demo-admin'),
    )
    expect(res).toMatchObject({
      fileName: '再次导入.csv',
      written: 0,
      outcome: '未写入任何记录：2 条与现有数据完全相同',
    })
  })
})
