import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import ExcelJS from 'exceljs'
import { FIRST_VILLAGE, fail, ok, uploadImport } from '../org/fixtures'
import { WARNING_HEADER, warningXlsx } from './warning-xlsx'
import type { CaseDetail } from '../../../types/api/monitor-schemas'
import {
  AFTER_WINDOW,
  NOW,
  applyAtVillage,
  callAt,
  decide,
  freshHousehold,
  household,
  idNumberOf,
  phoneOf,
  unusedIdNumber,
} from './helpers'

/** 瓦店镇's second village and a village of another township (the seed's order). */
const OTHER_TOWNSHIP_VILLAGE = 'u-411302101200'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
}, 120_000)
afterAll(() => run.stop())
jest.setTimeout(60_000)

const casesOf = (householdId: string) => run.cloud.db.find('monitor_cases', { householdId })

/** Takes a new case through every step, each decider passing it. */
async function allSteps(caseId: string, village: Record<string, unknown> = {}): Promise<CaseDetail> {
  await decide(run, 'demo-village', caseId, village)
  await decide(run, 'demo-village', caseId, {}, AFTER_WINDOW)
  await decide(run, 'demo-township', caseId, {}, AFTER_WINDOW)
  return decide(run, 'demo-admin', caseId, {}, AFTER_WINDOW)
}

describe('income against the county 监测标准', () => {
  test('a household above the line without 刚性支出 passes the village review only with a written reason', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id, { incomePerCapita: 9000 })
    const shown = await ok<CaseDetail>(run.call('monitor', 'getCase', { caseId }, 'demo-village'))
    expect(shown.income).toMatchObject({ position: 'above', needsReason: true, line: 7500 })
    expect(shown.income.text).toBe('人均纯收入 9000 元/年，高于（或等于）监测标准 7500 元')
    const err = await fail(
      run.call(
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '同意纳入', monitorType: 'edge' },
        'demo-village',
      ),
    )
    expect(err).toMatchObject({
      code: 'invalid-argument',
      field: 'incomeReason',
      message: '该户人均纯收入不低于监测标准且无刚性支出，须写明纳入理由',
    })
    // Nothing changed: no step, no 公示.
    expect(casesOf(h._id)[0]).toMatchObject({ step: 'candidate', noticeId: null, monitorType: null })
    const passed = await decide(run, 'demo-village', caseId, {
      monitorType: 'sudden',
      incomeReason: '户主车祸致残，今年起收入将骤降',
    })
    expect(passed.step).toBe('village_review')
    expect(passed.history.at(-1)?.note).toContain('收入情况说明：户主车祸致残')
  })

  test('刚性支出 lets a household above the line pass without a reason', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id, { incomePerCapita: 9000 })
    const passed = await decide(run, 'demo-village', caseId, { monitorType: 'unstable', rigidExpense: 30000 })
    expect(passed).toMatchObject({ step: 'village_review', rigidExpense: 30000 })
    expect(passed.income).toMatchObject({ position: 'above', needsReason: false })
  })

  test('only the village review may change the type, the risks and the income', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    await decide(run, 'demo-village', caseId, { monitorType: 'edge' })
    const err = await fail(
      callAt(
        run,
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '同意', incomePerCapita: 100 },
        'demo-village',
        AFTER_WINDOW,
      ),
    )
    expect(err).toMatchObject({
      code: 'invalid-argument',
      message: '监测类型、风险类型与收入只在村级评议时填写',
    })
    expect(casesOf(h._id)[0]).toMatchObject({ step: 'village_review', incomePerCapita: 5200 })
  })
})

describe('风险消除', () => {
  test('the same steps clear the risk; the household returns to its prior kind and keeps both cases', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const included = await allSteps(await applyAtVillage(run, 'demo-pairing', h._id), {
      monitorType: 'unstable',
    })
    expect(included.step).toBe('done')
    expect(household(run, h._id)).toMatchObject({ kind: 'monitored', monitorType: 'unstable' })

    const { caseId } = await ok<{ caseId: string }>(
      run.call(
        'monitor',
        'startClearance',
        { householdId: h._id, incomePerCapita: 6000, note: '务工收入稳定' },
        'demo-pairing',
      ),
    )
    // Below the line, clearing needs a written reason.
    const err = await fail(
      run.call('monitor', 'decideStep', { caseId, outcome: 'pass', note: '同意' }, 'demo-village'),
    )
    expect(err).toMatchObject({ code: 'invalid-argument', field: 'incomeReason' })
    const cleared = await allSteps(caseId, { incomePerCapita: 12000 })
    expect(cleared).toMatchObject({ kind: 'clearance', step: 'done', monitorType: 'unstable' })
    expect(household(run, h._id)).toMatchObject({ kind: 'lifted', monitorType: null })
    expect(casesOf(h._id).map((c) => [c.kind, c.step])).toEqual([
      ['inclusion', 'done'],
      ['clearance', 'done'],
    ])
  })

  test('a household that is not monitored has no risk to clear', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const err = await fail(
      run.call(
        'monitor',
        'startClearance',
        { householdId: h._id, incomePerCapita: 12000, note: '收入稳定' },
        'demo-village',
      ),
    )
    expect(err).toMatchObject({ code: 'failed-precondition', message: '该户不是监测对象，无需风险消除' })
    expect(casesOf(h._id)).toEqual([])
  })
})

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

describe('农户自主申报 on the village page', () => {
  test('a villager applies with the code the village cadre gave; the code works once', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const issued = await ok<{ code: string }>(
      run.call('monitor', 'issueApplyCode', { householdId: h._id }, 'demo-village'),
    )
    expect(issued.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    const input = {
      villageCode: '411302100200',
      idNumber: idNumberOf(h),
      phone: phoneOf(h),
      code: issued.code.toLowerCase(),
      risks: ['illness' as const],
      incomePerCapita: 4000,
      text: '家里老人住院，花了很多钱',
    }
    const wrongPhone = await fail(
      run.call('monitor', 'submitApplication', { ...input, phone: '13900000000' }, 'villager-apply-1'),
    )
    expect(wrongPhone).toMatchObject({
      code: 'not-found',
      message: '验证码、身份证号或手机号不匹配，请核对，或到村委会当面申报',
    })
    expect(casesOf(h._id)).toEqual([])
    const out = await ok<{ caseId: string; villageName: string }>(
      run.call('monitor', 'submitApplication', input, 'villager-apply-1'),
    )
    expect(casesOf(h._id)[0]).toMatchObject({
      _id: out.caseId,
      source: 'self',
      step: 'candidate',
      starterOpenid: 'villager-apply-1',
    })
    const detail = await ok<CaseDetail>(
      run.call('monitor', 'getCase', { caseId: out.caseId }, 'demo-village'),
    )
    expect(detail.history[0]).toMatchObject({
      byName: '农户本人（微信申报）',
      note: '家里老人住院，花了很多钱',
    })
    const reused = await fail(run.call('monitor', 'submitApplication', input, 'villager-apply-2'))
    expect(reused.code).toBe('not-found')
  })

  test('a code is for its own village and household only', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const other = freshHousehold(run, FIRST_VILLAGE)
    const { code } = await ok<{ code: string }>(
      run.call('monitor', 'issueApplyCode', { householdId: h._id }, 'demo-secretary'),
    )
    const base = { phone: phoneOf(h), code, risks: ['disaster' as const], text: '房屋被冲毁' }
    const otherVillage = await fail(
      run.call(
        'monitor',
        'submitApplication',
        { ...base, villageCode: '411302100201', idNumber: idNumberOf(h) },
        'villager-apply-3',
      ),
    )
    expect(otherVillage.code).toBe('not-found')
    const otherHead = await fail(
      run.call(
        'monitor',
        'submitApplication',
        { ...base, villageCode: '411302100200', idNumber: idNumberOf(other) },
        'villager-apply-3',
      ),
    )
    expect(otherHead.code).toBe('not-found')
    const badId = await fail(
      run.call(
        'monitor',
        'submitApplication',
        { ...base, villageCode: '411302100200', idNumber: '411302198001011234' },
        'villager-apply-3',
      ),
    )
    expect(badId).toMatchObject({ code: 'invalid-argument', message: '身份证号不正确', field: 'idNumber' })
    expect([...casesOf(h._id), ...casesOf(other._id)]).toEqual([])
  })
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
