import { decrypt } from '../../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../../emulator/seed/dev-key'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { ok, uploadImport } from '../org/fixtures'
import { csv, idNumberFor, rowsOf } from './files'
import type { ImportReport } from '../../../types/api/imports'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const ROWS = 10_000
const CAUSES = ['因病', '因残', '因学', '缺技术', '缺资金']
const KINDS = ['脱贫户', '脱贫户', '监测对象']

/** 10,000 households spread over the demo villages, each paired with a pairing cadre of its village. */
function bigFile(): string {
  const villages = run.cloud.db.find('org_units', { level: 'village' }) as Array<{
    _id: string
    code: string
  }>
  const cadres = new Map<string, string>()
  for (const p of run.cloud.db.find('people', {}) as Array<{
    roles: Array<{ role: string; unitIds: string[] }>
    phoneEnc: string
  }>) {
    const grant = p.roles.find((g) => g.role === 'pairing_cadre')
    if (grant && !cadres.has(grant.unitIds[0]))
      cadres.set(grant.unitIds[0], decrypt(p.phoneEnc, DEV_DATA_KEY))
  }
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const v = villages[i % villages.length]
    return {
      户主姓名: `户主${i}`,
      户主身份证号: idNumberFor(i, 1940 + (i % 60)),
      联系电话: `137${String(i).padStart(8, '0')}`,
      村编码: v.code,
      主要致贫原因: CAUSES[i % CAUSES.length],
      农户类型: KINDS[i % KINDS.length],
      ...(i % KINDS.length === 2 ? { 监测对象类型: '脱贫不稳定户' } : {}),
      帮扶责任人手机号: cadres.get(v._id) ?? '',
    }
  })
  return csv(rowsOf('households', rows))
}

describe('a county-sized import', () => {
  test('10,000 household rows import, and importing them again changes nothing', async () => {
    const file = bigFile()
    const before = run.cloud.db.count('households')
    let started = Date.now()
    const first = await ok<{ report: ImportReport }>(
      run.call('imports', 'runImport', { fileID: uploadImport(run, 'big.csv', file) }, 'demo-admin'),
    )
    const firstMs = Date.now() - started
    expect(first.report).toMatchObject({
      clean: true,
      counts: [expect.objectContaining({ rows: ROWS, create: ROWS })],
    })
    expect(run.cloud.db.count('households')).toBe(before + ROWS)
    started = Date.now()
    const again = await ok<{ report: ImportReport }>(
      run.call('imports', 'runImport', { fileID: uploadImport(run, 'big.csv', file) }, 'demo-admin'),
    )
    const againMs = Date.now() - started
    expect(again.report.counts).toEqual([expect.objectContaining({ create: 0, update: 0, unchanged: ROWS })])
    expect(run.cloud.db.count('households')).toBe(before + ROWS)
    // Timing is reported, not asserted: the machine is shared.
    console.log(`import of ${ROWS} household rows: first ${firstMs} ms, re-import ${againMs} ms`)
  }, 180_000)
})
