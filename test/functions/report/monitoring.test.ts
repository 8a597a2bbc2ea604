import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import type { MonitoringDashboard, MonitoredRow } from '../../../types/api/report-monitoring'
import { fail, ok } from '../org/fixtures'
import {
  CAOXU,
  COUNTY,
  H1,
  H2,
  H3,
  H5,
  HONGNIWAN,
  HUHUANG,
  NOW,
  WADIAN,
  seedMonitoringFixture,
} from './monitoring-fixture'

let run: RunningCloud
const dashboard = (openid: string, unitId?: string) =>
  ok<MonitoringDashboard>(run.call('report', 'getMonitoring', unitId ? { unitId } : {}, openid))
const value = (items: Array<{ key: string; value: number }>, key: string) =>
  items.find((i) => i.key === key)?.value

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  seedMonitoringFixture(run)
})
afterAll(() => run.stop())

describe('the monitoring dashboard', () => {
  test('the county sees monitored households by type, open steps, overdue and resolved this year', async () => {
    const d = await dashboard('demo-admin')
    expect(d.unit).toEqual({ id: COUNTY, name: '宛城区', level: 'county' })
    // No visit of the fixture recorded an income: none is below the line (monitoring-income.test.ts).
    expect(d.figures).toEqual({ monitored: 3, open: 2, overdue: 1, resolvedThisYear: 1, withoutMeasure: 0 })
    expect(d.incomeLine).toBe(7500)
    expect(d.byType.map((t) => [t.label, t.value])).toEqual([
      ['脱贫不稳定户', 1],
      ['边缘易致贫户', 1],
      ['突发严重困难户', 1],
    ])
    expect(value(d.bySteps, 'inclusion.township_review')).toBe(1)
    expect(value(d.bySteps, 'inclusion.village_review')).toBe(1)
    expect(d.bySteps.reduce((n, s) => n + s.value, 0)).toBe(2)
    expect(d.measures.byStatus.map((s) => s.value)).toEqual([1, 1, 0])
    expect(d.measures.behind).toBe(1)
  })

  test('drills down county → township → village with the same figures per place', async () => {
    const county = await dashboard('demo-admin')
    expect(county.childLevel).toBe('township')
    const wadian = county.children.find((c) => c.id === WADIAN)
    expect(wadian).toMatchObject({
      monitored: 2,
      open: 2,
      overdue: 1,
      resolvedThisYear: 1,
      withoutMeasure: 0,
    })
    expect(county.children.find((c) => c.id === HONGNIWAN)).toMatchObject({ monitored: 1, open: 0 })
    const township = await dashboard('demo-township', WADIAN)
    expect(township.childLevel).toBe('village')
    expect(township.children.find((c) => c.id === CAOXU)).toMatchObject({ monitored: 2, open: 1, overdue: 1 })
    expect(township.children.find((c) => c.id === HUHUANG)).toMatchObject({
      monitored: 0,
      open: 1,
      overdue: 0,
    })
  })

  test('the village list puts the overdue household first and shows type, step, due day and measures', async () => {
    const list = await ok<{ rows: MonitoredRow[] }>(
      run.call('report', 'listMonitoredHouseholds', { villageId: CAOXU }, 'demo-township'),
    )
    expect(list.rows.map((r) => r.householdId)[0]).toBe(H3)
    expect(list.rows.find((r) => r.householdId === H3)).toMatchObject({
      stepLabel: '识别纳入·乡镇审核',
      stepDueDay: '2026-11-10',
      overdue: true,
      risks: ['因灾'],
    })
    expect(list.rows.find((r) => r.householdId === H1)).toMatchObject({
      kindLabel: '监测对象',
      typeLabel: '脱贫不稳定户',
      measures: 1,
    })
    expect(list.rows.find((r) => r.householdId === H2)?.measures).toBe(0)
  })

  test('a measure added here and a case confirmed by another function show on the next read', async () => {
    const before = await dashboard('demo-admin')
    expect(before.figures.monitored).toBe(3)
    await ok(
      run.call(
        'visit',
        'addMeasure',
        {
          householdId: H2,
          measure: {
            type: 'public_post',
            responsibleId: run.cloud.db.find('people', { openid: 'demo-pairing' })[0]._id as string,
            startDay: '2026-11-20',
            plannedDay: '2027-01-31',
          },
        },
        'demo-secretary',
      ),
    )
    // The monitoring workflow confirms another household's 纳入 (another function's write, straight to its collection here).
    const [template] = run.cloud.db.find('monitor_cases', { householdId: H5 })
    run.cloud.db.insertMany('monitor_cases', [
      {
        ...template,
        _id: 'mc-h7-1',
        householdId: 'h-411302100201-002',
        step: 'done',
        monitorType: 'edge',
        stepDueDay: null,
        updatedAt: new Date(NOW),
      },
    ])
    const after = await dashboard('demo-admin')
    expect(after.figures).toMatchObject({ monitored: 4, open: 2 })
    expect(after.children.find((c) => c.id === WADIAN)).toMatchObject({ monitored: 3 })
    expect(after.measures.byStatus.map((s) => s.value)).toEqual([2, 1, 0])
    const summaries = run.cloud.db.find('stats_village', { villageId: CAOXU }) as Array<{
      monitoring?: { countedAt: Date }
    }>
    expect(summaries[0].monitoring?.countedAt).toBeDefined()
  })

  test('a township leader cannot open another township, nor a village cadre the county', async () => {
    expect(
      (await fail(run.call('report', 'getMonitoring', { unitId: HONGNIWAN }, 'demo-township'))).code,
    ).toBe('permission-denied')
    expect((await fail(run.call('report', 'getMonitoring', { unitId: COUNTY }, 'demo-secretary'))).code).toBe(
      'permission-denied',
    )
  })

  test('a township id asked for as a village list gets a Chinese error', async () => {
    const err = await fail(run.call('report', 'listMonitoredHouseholds', { villageId: WADIAN }, 'demo-admin'))
    expect(err).toMatchObject({ code: 'invalid-argument', message: '请选择一个村' })
  })
})

describe('the national-layout export', () => {
  test('writes one row per household with type, risks, steps and dates, measures and income; the ID stays masked', async () => {
    const res = await ok<{ fileID: string; fileName: string; rows: number }>(
      run.call('report', 'exportMonitoring', {}, 'demo-admin'),
    )
    expect(res.fileName).toBe('防返贫监测帮扶信息-宛城区-2026-11-20.xlsx')
    const households = new Set(run.cloud.db.find('monitor_cases', {}).map((c) => c.householdId))
    expect(res.rows).toBe(households.size)
    const ws = (await storedWorkbook(run, res.fileID)).getWorksheet('监测帮扶信息')
    expect(ws?.getCell(1, 1).value).toBe('防止返贫监测帮扶信息（宛城区，截至 2026-11-20）')
    const header = (ws?.getRow(2).values as unknown[]).slice(1)
    expect(header).toEqual([
      '序号',
      '县（市、区）',
      '乡（镇）',
      '行政村',
      '户主姓名',
      '户主证件号码',
      '家庭人口数',
      '户类型',
      '监测对象类别',
      '风险类型',
      '人均纯收入（元）',
      '识别方式',
      '村级评议日期',
      '乡镇审核日期',
      '县级确认（纳入）日期',
      '当前环节',
      '环节办理期限',
      '是否超期',
      '风险消除日期',
      '帮扶措施',
      '措施责任人',
      '措施落实情况',
    ])
    const rows = Array.from({ length: res.rows }, (_, i) => (ws?.getRow(i + 3).values as unknown[]).slice(1))
    const h1 = rows.find((r) => r[4] === '何永桂')
    expect(h1).toEqual([
      expect.any(Number),
      '宛城区',
      '瓦店镇',
      '曹徐屯村',
      '何永桂',
      '4113**********4359',
      expect.any(Number),
      '监测对象',
      '脱贫不稳定户',
      '因病、因学',
      5200,
      '干部排查',
      '2026-03-05',
      '2026-03-09',
      '2026-03-12',
      '',
      '',
      '否',
      '',
      '就业帮扶（2026-09-01至2026-12-31，实施中）',
      '张责任',
      '实施中 1 项',
    ])
    // No full 18-digit ID number anywhere in the sheet.
    const text = rows.flat().join(' ')
    expect(text).not.toMatch(/\d{17}[\dXx]/)
  })

  test('a village cadre may not export, and nothing is written', async () => {
    const before = run.cloud.db.find('audit_log', { action: 'exportMonitoring' }).length
    expect((await fail(run.call('report', 'exportMonitoring', {}, 'demo-secretary'))).code).toBe(
      'permission-denied',
    )
    expect(run.cloud.db.find('audit_log', { action: 'exportMonitoring' }).length).toBe(before)
  })
})
