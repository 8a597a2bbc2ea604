import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, FIRST_VILLAGE, ok, uploadImport } from '../org/fixtures'
import { csv, idNumberFor, rowsOf } from './files'
import type { ImportReport } from '../../../types/api/imports'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const VILLAGE_CODE = '411302100200'
const good = (serial: number, name: string) => ({
  户主姓名: name,
  户主身份证号: idNumberFor(serial),
  村编码: VILLAGE_CODE,
  主要致贫原因: '因病',
  农户类型: '脱贫户',
})
const badId = idNumberFor(3).slice(0, 17) + (idNumberFor(3).endsWith('1') ? '2' : '1')

const FILE = csv(
  rowsOf('households', [
    good(1, '正确甲'), // row 2
    { ...good(2, '错误乙'), 户主身份证号: badId }, // row 3
    { ...good(4, '错误丙'), 村编码: '999999999999' }, // row 4
    { ...good(5, '错误丁'), 主要致贫原因: '因懒' }, // row 5
    { ...good(6, ''), 农户类型: '脱贫户' }, // row 6: no name
    { ...good(1, '重复戊') }, // row 7: same ID as row 2
    { ...good(8, '错误己'), 帮扶责任人手机号: '13000000000' }, // row 8: not a registered person
    good(9, '正确庚'), // row 9
  ]),
)

describe('importing a file with errors', () => {
  test('a file someone else uploaded, or one never registered, is neither read nor imported', async () => {
    const theirs = uploadImport(run, 'households.csv', FILE, 'demo-supervisor')
    expect(await fail(run.call('imports', 'validateImport', { fileID: theirs }, 'demo-admin'))).toMatchObject(
      { code: 'permission-denied', field: 'fileID' },
    )
    const bare = run.cloud.store.upload('imports/legacy-households.csv', Buffer.from(FILE)).fileID
    expect(await fail(run.call('imports', 'runImport', { fileID: bare }, 'demo-admin'))).toMatchObject({
      code: 'failed-precondition',
      field: 'fileID',
    })
  })

  test('the report names row, column and a Chinese reason for every bad row', async () => {
    const report = await ok<ImportReport>(
      run.call(
        'imports',
        'validateImport',
        { fileID: uploadImport(run, 'households.csv', FILE) },
        'demo-admin',
      ),
    )
    expect(report.clean).toBe(false)
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([
      [3, '户主身份证号'],
      [4, '村编码'],
      [5, '主要致贫原因'],
      [6, '户主姓名'],
      [7, '户主身份证号'],
      [8, '帮扶责任人手机号'],
    ])
    report.issues.forEach((i) => expect(i.reason).toMatch(/[\u4e00-\u9fa5]/))
    expect(report.issues[4].reason).toContain('第 2 行')
    expect(report.counts).toEqual([
      { kind: 'households', label: '农户', rows: 8, invalid: 6, create: 2, update: 0, unchanged: 0 },
    ])
  })

  test('nothing is imported while the file has errors', async () => {
    const fileID = uploadImport(run, 'households.csv', FILE)
    const before = run.cloud.db.snapshot()
    const err = await fail(run.call('imports', 'runImport', { fileID }, 'demo-admin'))
    expect(err).toMatchObject({ code: 'failed-precondition', message: expect.stringContaining('6 处错误') })
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('when the admin asks for it, only the valid rows are imported', async () => {
    const before = run.cloud.db.count('households', { villageId: FIRST_VILLAGE })
    const res = await ok<{ imported: boolean; report: ImportReport }>(
      run.call(
        'imports',
        'runImport',
        { fileID: uploadImport(run, 'households.csv', FILE), validOnly: true },
        'demo-admin',
      ),
    )
    expect(res.imported).toBe(true)
    expect(run.cloud.db.count('households', { villageId: FIRST_VILLAGE })).toBe(before + 2)
    const names = (
      run.cloud.db.find('households', { villageId: FIRST_VILLAGE }) as Array<{ headName: string }>
    ).map((h) => h.headName)
    expect(names).toEqual(expect.arrayContaining(['正确甲', '正确庚']))
    expect(names).not.toContain('重复戊')
  })

  test('a sheet whose header matches no layout is reported on row 1', async () => {
    const report = await ok<ImportReport>(
      run.call(
        'imports',
        'validateImport',
        { fileID: uploadImport(run, 'odd.csv', '姓名,年龄\n张三,30\n') },
        'demo-admin',
      ),
    )
    expect(report.issues).toEqual([
      expect.objectContaining({ row: 1, column: '表头', reason: expect.stringContaining('无法识别的表头') }),
    ])
  })

  test('a csv saved by Excel in GBK is read like UTF-8', async () => {
    // Node can decode GBK but not encode it, so the bytes come from a lookup table.
    const text = csv(rowsOf('households', [good(20, '张伟')]))
    const bytes = encodeGbk(text)
    const report = await ok<ImportReport>(
      run.call('imports', 'validateImport', { fileID: uploadImport(run, 'gbk.csv', bytes) }, 'demo-admin'),
    )
    expect(report).toMatchObject({ clean: true, counts: [expect.objectContaining({ create: 1 })] })
  })
})

/** GBK bytes of the few Chinese characters these tests use, found by decoding every GBK code. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk')
  const table = new Map<string, number[]>()
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.from([hi, lo]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  const out: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0))
    else out.push(...(table.get(ch) ?? []))
  }
  return Buffer.from(out)
}

describe('the check-in radius in an import', () => {
  test('follows the one range of the editor and the server (100–3000 m): 50 m and 4000 m are refused by row', async () => {
    const unit = (code: string, name: string, radius: string) => ({
      层级: '村',
      编码: code,
      名称: name,
      上级编码: '411302100',
      纬度: '32.95',
      经度: '112.50',
      '签到半径(米)': radius,
    })
    const file = csv(
      rowsOf('units', [
        unit('411302100291', '半径甲村', '50'),
        unit('411302100292', '半径乙村', '4000'),
        unit('411302100293', '半径丙村', '3000'),
      ]),
    )
    const report = await ok<ImportReport>(
      run.call('imports', 'validateImport', { fileID: uploadImport(run, 'units.csv', file) }, 'demo-admin'),
    )
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([
      [2, '签到半径(米)'],
      [3, '签到半径(米)'],
    ])
    report.issues.forEach((i) => expect(i.reason).toMatch(/100|3000/))
  })
})
