import ExcelJS from 'exceljs'
import type { AssessmentRow } from '../../../types/domain/assessment'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import { bindContact, contactPerson, fail, NOW, ok, registerUnit, sentCadre, storeLeave } from './helpers'

let run: RunningCloud
let unit: string
let cadre: { id: string; name: string }

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  unit = (await registerUnit(run, { name: '市交通局' })).id
  cadre = await sentCadre(run, unit, '考核干部')
})
afterEach(() => run.stop())

const sheet = (openid = 'demo-admin', year = 2026) =>
  ok<{ unitName: string; rows: AssessmentRow[] }>(
    run.call('org', 'getAssessmentSheet', { dispatchUnitId: unit, year }, openid),
  )
const decide = (
  grade: 'excellent' | 'competent' | 'basic' | 'incompetent',
  reason: string,
  openid = 'demo-admin',
) => run.call('org', 'decideAssessment', { personId: cadre.id, year: 2026, grade, reason }, openid)

function month(personId: string, m: string, days: number) {
  run.cloud.db.insertMany('presence_months', [
    {
      _id: `${personId}_${m}`,
      personId,
      villageId: 'u-411302100200',
      townshipId: 'u-411302100',
      countyId: 'u-411302',
      month: m,
      days,
    },
  ])
}

describe('the 年度考核 facts', () => {
  test('days in the village, leave days by type, items closed and kept signs are counted for the year only', async () => {
    month(cadre.id, '2026-03', 20)
    month(cadre.id, '2026-04', 18)
    month(cadre.id, '2025-12', 22)
    storeLeave(run, cadre.id, { type: 'official', startDay: '2026-05-06', endDay: '2026-05-08' })
    storeLeave(run, cadre.id, { type: 'personal', startDay: '2025-12-30', endDay: '2026-01-02' })
    storeLeave(run, cadre.id, {
      type: 'sick',
      startDay: '2026-06-01',
      endDay: '2026-06-03',
      status: 'rejected',
    })
    run.cloud.db.insertMany('presence_days', [
      {
        _id: `${cadre.id}_2026-03-03`,
        personId: cadre.id,
        villageId: 'u-411302100200',
        townshipId: 'u-411302100',
        countyId: 'u-411302',
        day: '2026-03-03',
        month: '2026-03',
        slots: { am: null, pm: null },
        counted: true,
        attempts: 1,
        firstAt: null,
        syncedLate: false,
        signs: [],
        signReview: { kept: true, comment: '', byId: 'x', byName: '督查', at: new Date(NOW) },
      },
      {
        _id: `${cadre.id}_2026-03-04`,
        personId: cadre.id,
        villageId: 'u-411302100200',
        townshipId: 'u-411302100',
        countyId: 'u-411302',
        day: '2026-03-04',
        month: '2026-03',
        slots: { am: null, pm: null },
        counted: true,
        attempts: 1,
        firstAt: null,
        syncedLate: false,
        signs: [],
        signReview: { kept: false, comment: '', byId: 'x', byName: '督查', at: new Date(NOW) },
      },
    ])
    const [row] = (await sheet()).rows
    expect(row.facts).toMatchObject({ presentDays: 38, signsConfirmed: 1, itemsClosed: 0, review: '' })
    expect(row.facts.leaveDays.filter((l) => l.days > 0)).toEqual([
      { type: 'personal', label: '事假', days: 2 },
      { type: 'official', label: '公差/因公外出', days: 3 },
    ])
    expect(row).toMatchObject({
      name: '考核干部',
      dispatchUnitName: '市交通局',
      village: '曹徐屯村',
      decision: null,
    })
  })

  test('visits of the year, the households they reached, and items closed in the year are the cadre’s own', async () => {
    const visit = (id: string, householdId: string, at: string, authorId = cadre.id) => ({
      _id: id,
      clientId: id,
      householdId,
      villageId: 'u-411302100200',
      townshipId: 'u-411302100',
      countyId: 'u-411302',
      authorId,
      startedAt: new Date(at),
      month: at.slice(0, 7),
      counted: true,
    })
    run.cloud.db.insertMany('visits', [
      visit('v-t1', 'h-1', '2026-02-03T02:00:00.000Z'),
      visit('v-t2', 'h-1', '2026-05-03T02:00:00.000Z'),
      visit('v-t3', 'h-2', '2026-06-03T02:00:00.000Z'),
      visit('v-t4', 'h-3', '2025-12-31T16:30:00.000Z'),
      visit('v-t5', 'h-4', '2026-06-03T02:00:00.000Z', 'p-someone-else'),
      visit('v-t6', 'h-5', '2026-12-31T16:30:00.000Z'),
    ])
    const item = (id: string, closedAt: string | null, state: string) => ({
      _id: id,
      responsiblePersonId: cadre.id,
      villageId: 'u-411302100200',
      state,
      closedAt: closedAt ? new Date(closedAt) : null,
      registeredAt: new Date('2026-01-01T00:00:00.000Z'),
    })
    run.cloud.db.insertMany('rectify_items', [
      item('ri-t1', '2026-04-01T02:00:00.000Z', 'closed'),
      item('ri-t2', '2025-11-01T02:00:00.000Z', 'closed'),
      item('ri-t3', null, 'in_progress'),
    ])
    const [row] = (await sheet()).rows
    // 2025-12-31T16:30Z is 00:30 on 2026-01-01 in Beijing: the year is counted in Beijing time.
    expect(row.facts).toMatchObject({ visits: 4, itemsClosed: 1 })
    expect(row.facts.coverage.visited).toBe(3)
  })

  test('the year’s 述职评议 results appear in words, in date order, and other years’ do not', async () => {
    const entry = (id: string, date: string, level: 'township' | 'county', result: string) => ({
      _id: id,
      sessionId: `s-${id}`,
      sessionTitle: '述职评议会',
      level,
      date,
      year: date.slice(0, 4),
      personId: cadre.id,
      personName: cadre.name,
      reportText: '本年工作',
      reportFileId: null,
      result,
      votes: null,
      recordedById: 'p-x',
      recordedByName: '记录人',
      recordedAt: new Date(`${date}T10:00:00+08:00`),
    })
    run.cloud.db.insertMany('review_entries', [
      entry('e3', '2026-11-18', 'county', 'good'),
      entry('e1', '2025-12-20', 'township', 'poor'),
      entry('e2', '2026-06-30', 'township', 'fairly_good'),
    ])
    const [row] = (await sheet()).rows
    expect(row.facts.review).toBe('2026-06-30 乡镇述职评议：较好；2026-11-18 县述职评议：好')
  })

  test('the sheet carries facts and the decision only: no score, no rank', async () => {
    const [row] = (await sheet()).rows
    expect(JSON.stringify(row)).not.toMatch(/score|rank|排名|得分/)
  })
})

describe('org.decideAssessment', () => {
  test('a county admin’s 等次 is stored with the reason, who decided and when, and audited', async () => {
    await ok(decide('competent', '全年在村天数达标，走访到位'))
    const [row] = (await sheet()).rows
    expect(row.decision).toEqual({
      grade: 'competent',
      gradeLabel: '称职',
      reason: '全年在村天数达标，走访到位',
      decidedByName: '组织部管理员',
      decidedAt: NOW,
    })
    const [line] = run.cloud.db.find('audit_log', { action: 'decideAssessment' }) as Array<{
      summary: string
    }>
    expect(line.summary).toContain('评定「考核干部」2026 年度考核为「称职」')
  })

  test('deciding again keeps the earlier decision in the history', async () => {
    await ok(decide('basic', '在村天数不足，须说明'))
    await ok(decide('competent', '补交说明后经复核达标'))
    const [doc] = run.cloud.db.find('assessments', { personId: cadre.id }) as Array<{
      grade: string
      history: Array<{ grade: string }>
    }>
    expect(doc.grade).toBe('competent')
    expect(doc.history.map((h) => h.grade)).toEqual(['basic'])
  })

  test('the cadre and their 派出单位’s bound contact are told, each in their inbox', async () => {
    const contactOpenid = await bindContact(run, unit)
    await ok(decide('excellent', '群众满意度高，整改全部销号'))
    const contact = contactPerson(run, unit)
    const inbox = run.cloud.db.find('inbox', { kind: 'assessment_decided' }) as Array<{
      personId: string
      title: string
    }>
    expect(inbox.map((m) => m.personId).sort()).toEqual([cadre.id, contact?._id].sort())
    expect(inbox[0].title).toBe('考核干部 2026 年度考核：优秀')
    // The contact reads the decision on their unit's sheet.
    expect((await sheet(contactOpenid)).rows[0].decision?.gradeLabel).toBe('优秀')
  })

  test.each([
    [{ grade: 'excellent', reason: '好' }, '请写明评定理由'],
    [{ grade: 'outstanding', reason: '群众满意度高，整改全部销号' }, ''],
    [{ grade: 'excellent', reason: '群众满意度高，整改全部销号', year: 2099 }, '不能评定未来年度的考核'],
    [{ grade: 'excellent', reason: '群众满意度高，整改全部销号', year: 1999 }, '年度不早于 2020 年'],
  ])('bad input %j is refused in Chinese and nothing is written', async (fields, message) => {
    const before = run.cloud.db.snapshot()
    const err = await fail(
      run.callRaw('org', 'decideAssessment', { personId: cadre.id, year: 2026, ...fields }, 'demo-admin'),
    )
    expect(err.code).toBe('invalid-argument')
    expect(err.message).toMatch(/[\u4e00-\u9fa5]/)
    if (message) expect(err.message).toContain(message)
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test.each(['demo-supervisor', 'demo-township', 'demo-secretary'])(
    '%s may not decide a 等次',
    async (openid) => {
      const before = run.cloud.db.snapshot()
      expect(await fail(decide('excellent', '群众满意度高，整改全部销号', openid))).toMatchObject({
        code: 'permission-denied',
      })
      expect(run.cloud.db.snapshot()).toEqual(before)
    },
  )
})

describe('org.exportAssessments', () => {
  test('the xlsx has the customary columns, one row per cadre of the 派出单位, and a meaningful name', async () => {
    await sentCadre(run, null, '本地干部')
    await ok(decide('competent', '全年在村天数达标，走访到位'))
    const res = await ok<{ fileID: string; fileName: string; rows: number }>(
      run.call('org', 'exportAssessments', { dispatchUnitId: unit, year: 2026 }, 'demo-admin'),
    )
    expect(res).toMatchObject({ fileName: '年度考核-市交通局-2026.xlsx', rows: 1 })
    const ws = (await storedWorkbook(run, res.fileID)).getWorksheet('年度考核') as ExcelJS.Worksheet
    expect(String(ws.getCell(1, 1).value)).toBe('市交通局 2026 年度驻村干部考核')
    const headers = (ws.getRow(2).values as unknown[]).slice(1)
    for (const h of [
      '序号',
      '姓名',
      '派出单位',
      '驻村',
      '职务',
      '在村天数',
      '走访',
      '整改销号',
      '述职评议',
      '考核等次',
      '理由',
    ])
      expect(headers).toContain(h)
    const row = ws.getRow(3).values as unknown[]
    const at = (h: string) => row[headers.indexOf(h) + 1]
    expect([at('序号'), at('姓名'), at('派出单位'), at('考核等次'), at('理由')]).toEqual([
      1,
      '考核干部',
      '市交通局',
      '称职',
      '全年在村天数达标，走访到位',
    ])
    expect(ws.rowCount).toBe(3)
  })
})
