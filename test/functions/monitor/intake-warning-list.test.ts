import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import ExcelJS from 'exceljs'
import { FIRST_VILLAGE, fail, ok, uploadImport } from '../org/fixtures'
import { WARNING_HEADER, warningXlsx } from './warning-xlsx'
import { NOW, freshHousehold, idNumberOf, unusedIdNumber } from './helpers'

/** 瓦店镇's second village and a village of another township (the seed's order). */
const OTHER_TOWNSHIP_VILLAGE = 'u-411302101200'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
}, 120_000)
afterAll(() => run.stop())
jest.setTimeout(60_000)

const casesOf = (householdId: string) => run.cloud.db.find('monitor_cases', { householdId })

describe('部门筛查预警: a warning list lands as candidates in the right villages', () => {
  const importFile = (name: string, rows: string[][], openid = 'demo-admin', before: string[] = []) =>
    warningXlsx([WARNING_HEADER, ...rows], before).then((bytes) => uploadImport(run, name, bytes, openid))

  test('matched rows of an uploaded xlsx become 待评议 cases in each household’s village; unmatched rows are reported masked', async () => {
    const a = freshHousehold(run, FIRST_VILLAGE)
    const b = freshHousehold(run, OTHER_TOWNSHIP_VILLAGE)
    const stranger = unusedIdNumber()
    const fileID = await importFile(
      '医保局2026年12月预警.xlsx',
      [
        [idNumberOf(a), '甲', '因病', '住院自付 4.2 万'],
        [idNumberOf(b), '乙', '残', ''],
        [stranger, '丙', '', ''],
      ],
      'demo-admin',
      ['说明'],
    )
    const out = await ok(
      run.call('monitor', 'importWarnings', { department: 'medical_insurance', fileID }, 'demo-admin'),
    )
    expect(out).toEqual({
      total: 3,
      created: 2,
      existing: 0,
      unmatched: [
        {
          line: 4,
          idMasked: `${stranger.slice(0, 4)}**********${stranger.slice(-4)}`,
          reason: '未在本辖区农户中找到',
        },
      ],
      fileName: '医保局2026年12月预警.xlsx',
      outcome: '已导入：新增待评议 2 户；1 行未在本辖区农户中找到',
    })
    expect(casesOf(a._id)[0]).toMatchObject({
      villageId: FIRST_VILLAGE,
      source: 'department',
      step: 'candidate',
      risks: ['illness'],
      history: [expect.objectContaining({ note: '医保预警：因病，住院自付 4.2 万' })],
    })
    expect(casesOf(b._id)[0]).toMatchObject({ villageId: OTHER_TOWNSHIP_VILLAGE, risks: ['disability'] })
    const audit = run.cloud.db.find('audit_log', {}).map((d) => String(d.summary))
    expect(audit).toContain(
      '导入医保预警名单 医保局2026年12月预警.xlsx（3 行）：已导入：新增待评议 2 户；1 行未在本辖区农户中找到',
    )
    // The same list again starts nothing twice, and says it wrote nothing.
    const again = await ok(
      run.call(
        'monitor',
        'importWarnings',
        {
          department: 'medical_insurance',
          fileID: await importFile('再传一次.xlsx', [[idNumberOf(a), '', '因病', '']]),
        },
        'demo-admin',
      ),
    )
    expect(again).toMatchObject({ created: 0, existing: 1, outcome: '未写入任何记录：1 户已在监测或办理中' })
    expect(casesOf(a._id)).toHaveLength(1)
  })

  test("a township's import matches only its own households", async () => {
    const mine = freshHousehold(run, FIRST_VILLAGE)
    const theirs = freshHousehold(run, OTHER_TOWNSHIP_VILLAGE)
    const fileID = await importFile(
      '教育局预警.xlsx',
      [
        [idNumberOf(mine), '', '因学', ''],
        [idNumberOf(theirs), '', '因学', ''],
      ],
      'demo-township',
    )
    const out = await ok<{ created: number; unmatched: Array<{ line: number }> }>(
      run.call('monitor', 'importWarnings', { department: 'education', fileID }, 'demo-township'),
    )
    expect(out.created).toBe(1)
    expect(out.unmatched.map((u) => u.line)).toEqual([3])
    expect(casesOf(theirs._id)).toEqual([])
  })

  test('a list with unreadable rows is refused in Chinese with their Excel row numbers and changes nothing', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const fileID = await importFile('民政预警.xlsx', [
      [idNumberOf(h), '', '因病', ''],
      ['411302198001011234', '', '因病', ''],
      ['', '', '', ''],
      [idNumberOf(h), '', '因为穷', ''],
    ])
    const err = await fail(
      run.call('monitor', 'importWarnings', { department: 'civil_affairs', fileID }, 'demo-admin'),
    )
    expect(err).toMatchObject({
      code: 'invalid-argument',
      field: 'fileID',
      message:
        '「医保预警」表有 2 行无法读取，未导入：第 3 行身份证号不正确；第 5 行风险类型「因为穷」不在标准列表中',
    })
    expect(casesOf(h._id)).toEqual([])
  })

  test('a file without an ID column, a csv, or someone else’s upload is refused and changes nothing', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const noId = uploadImport(
      run,
      '随便一张表.xlsx',
      await warningXlsx([
        ['姓名', '说明'],
        ['张三', ''],
      ]),
    )
    expect(
      await fail(
        run.call('monitor', 'importWarnings', { department: 'housing', fileID: noId }, 'demo-admin'),
      ),
    ).toMatchObject({
      code: 'invalid-argument',
      message: '文件中没有含「身份证号」列的表，请使用预警名单模板',
    })
    const csvFile = uploadImport(run, '预警.csv', `身份证号\n${idNumberOf(h)}\n`)
    expect(
      await fail(
        run.call('monitor', 'importWarnings', { department: 'housing', fileID: csvFile }, 'demo-admin'),
      ),
    ).toMatchObject({ code: 'invalid-argument', message: '预警名单请上传 xlsx 文件' })
    const theirs = await importFile('乡镇的文件.xlsx', [[idNumberOf(h), '', '因病', '']], 'demo-township')
    expect(
      await fail(
        run.call('monitor', 'importWarnings', { department: 'housing', fileID: theirs }, 'demo-admin'),
      ),
    ).toMatchObject({ code: 'permission-denied' })
    expect(casesOf(h._id)).toEqual([])
  })

  test('the template has the columns the import reads, and a filled-in template imports', async () => {
    const t = await ok<{ fileID: string; fileName: string }>(
      run.call('monitor', 'getWarningTemplate', {}, 'demo-township'),
    )
    expect(t.fileName).toBe('部门预警名单模板.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(new Uint8Array(run.cloud.store.download(t.fileID).bytes).buffer)
    const sheet = wb.worksheets[0]
    expect(sheet.name).toBe('预警名单')
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['身份证号', '姓名', '风险类型', '说明'])
    const h = freshHousehold(run, FIRST_VILLAGE)
    sheet.addRow([idNumberOf(h), '户主', '因灾', '房屋受损'])
    const filled = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const fileID = uploadImport(run, '填好的模板.xlsx', filled, 'demo-township')
    const out = await ok(
      run.call('monitor', 'importWarnings', { department: 'housing', fileID }, 'demo-township'),
    )
    expect(out).toMatchObject({ created: 1, fileName: '填好的模板.xlsx' })
    expect(casesOf(h._id)[0]).toMatchObject({ risks: ['disaster'], villageId: FIRST_VILLAGE })
  })
})
