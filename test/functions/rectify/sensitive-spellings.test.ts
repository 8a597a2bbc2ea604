import { storedWorkbook } from '../../helpers/stored-workbook'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { expectOk, registerInputFor, rectify } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

describe('the ledger leaving the village', () => {
  test('masks ID and mobile numbers written with separators in problem and measures', async () => {
    const input = {
      ...(await registerInputFor(run)),
      problem: '村民 138 1234 5678 反映：身份证 410123-19800101-1231 的补贴未到',
      measures: '回访 +86 139.1234.6621',
    }
    expectOk(await rectify(run, 'register', input, 'demo-supervisor'))
    const out = expectOk(await rectify<{ fileID: string }>(run, 'exportLedger', {}, 'demo-supervisor'))
    const wb = await storedWorkbook(run, out.fileID)
    const rows = (wb.getWorksheet('整改台账')?.getSheetValues() ?? []) as unknown[][]
    const row = (rows.find((r) => Array.isArray(r) && String(r[4]).startsWith('村民')) ?? []).map(String)
    expect(row[4]).toBe('村民 138****5678 反映：身份证 4101**********1231 的补贴未到')
    expect(row[5]).toBe('回访 +86 139****6621')
  })

  test('the monthly bundle for the county masks them too', async () => {
    const out = (await run.cloud.call(
      'report',
      'exportBundle',
      { unitId: 'u-411302100', month: '2026-03' },
      'demo-admin',
    )) as { ok: boolean; data: { fileID: string } }
    const wb = await storedWorkbook(run, out.data.fileID)
    const rows = (wb.getWorksheet('整改台账')?.getSheetValues() ?? []) as unknown[][]
    const row = (rows.find((r) => Array.isArray(r) && String(r[4]).startsWith('村民')) ?? []).map(String)
    expect([row[4], row[5]]).toEqual([
      '村民 138****5678 反映：身份证 4101**********1231 的补贴未到',
      '回访 +86 139****6621',
    ])
  })
})
