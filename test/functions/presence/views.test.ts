import type { ActionInput, ActionName } from '../../../types/api'
import ExcelJS from 'exceljs'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { MonthView, PolicyView, TodayView } from '../../../types/api/presence-views'
import { fail, fixNear, FIRST_TOWNSHIP, FIRST_VILLAGE, NOW, ok, personIdOf, village } from './helpers'

let run: RunningCloud
const call = <A extends ActionName<'presence'>>(
  action: A,
  input: ActionInput<'presence', A>,
  openid: string,
) => run.call('presence', action, input, openid)

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe('supervisor views', () => {
  test("the today view counts each village's cadres as recorded, on leave or not recorded", async () => {
    await ok(call('checkIn', fixNear(village(run), 100), 'demo-secretary'))
    const secretaryOnLeave = await ok<{ id: string }>(
      call(
        'requestLeave',
        { type: 'official', startDay: '2026-11-20', endDay: '2026-11-20', reason: '县里开会' },
        'demo-member',
      ),
    )
    // The village team's 队长 (the first secretary) decides first, then the township.
    await ok(call('decideLeave', { leaveId: secretaryOnLeave.id, decision: 'approved' }, 'demo-secretary'))
    await ok(call('decideLeave', { leaveId: secretaryOnLeave.id, decision: 'approved' }, 'demo-township'))
    const today = await ok<TodayView>(call('getToday', { villageId: FIRST_VILLAGE }, 'demo-supervisor'))
    expect(today.day).toBe('2026-11-20')
    expect(today.villages).toHaveLength(8)
    expect(today.villages[0]).toMatchObject({
      id: FIRST_VILLAGE,
      total: 3,
      recorded: 1,
      onLeave: 1,
      notRecorded: 1,
    })
    expect(today.cadres.map((c) => c.statusLabel).sort()).toEqual(['已记录', '未记录', '请假'].sort())
    expect(today.cadres.find((c) => c.status === 'recorded')?.time).toBe('09:00')
  })

  test('a township leader sees only the villages of their township', async () => {
    const today = await ok<TodayView>(call('getToday', {}, 'demo-township'))
    expect(today.villages.map((v) => v.townshipName)).toEqual(['瓦店镇', '瓦店镇', '瓦店镇'])
    expect(today.cadres).toEqual([])
  })

  test("a supervisor of another township cannot open this village, nor a cadre's month", async () => {
    expect((await fail(call('getToday', { villageId: FIRST_VILLAGE }, 'demo-supervisor-b'))).code).toBe(
      'permission-denied',
    )
    expect(
      (
        await fail(
          call(
            'getMonth',
            { month: '2026-11', personId: personIdOf(run, 'demo-secretary') },
            'demo-supervisor-b',
          ),
        )
      ).code,
    ).toBe('permission-denied')
    expect(
      (
        await fail(
          call('getMonth', { month: '2026-11', personId: personIdOf(run, 'demo-secretary') }, 'demo-member'),
        )
      ).code,
    ).toBe('permission-denied')
  })

  test("drilling down shows a cadre's month with the days-in-village meter against the policy", async () => {
    const month = await ok<MonthView>(
      call('getMonth', { month: '2026-11', personId: personIdOf(run, 'demo-member') }, 'demo-supervisor'),
    )
    expect(month.requiredDays).toBe(20)
    expect(month.presentDays).toBeGreaterThan(10)
    expect(month.leaveDays).toBe(3)
    // 19 days are over on the 20th at 09:00; today is not judged yet.
    expect(month.presentDays + month.leaveDays + month.awayDays).toBe(19)
    // The seeded leave is a 事假: excused, not counted, under the default rules.
    expect(month.days.find((d) => d.day === '2026-11-11')?.statusLabel).toBe('假（不计入）')
    expect(month).toMatchObject({ excusedDays: 3, countedLeaveDays: 0, countedDays: month.presentDays })
  })

  test('a spot check counts an absence without leave and suggests the rule for a person to confirm', async () => {
    const member = personIdOf(run, 'demo-member')
    const secretary = personIdOf(run, 'demo-secretary')
    const input = {
      villageId: FIRST_VILLAGE,
      presentIds: [secretary],
      absentIds: [member],
      note: '上午 10 点到村部',
    }
    const first = await ok<{ absences: Array<{ excused: boolean; suggestion: string | null }> }>(
      call('recordSpotCheck', input, 'demo-supervisor'),
    )
    expect(first.absences[0]).toMatchObject({
      excused: false,
      unexcusedThisYear: 1,
      suggestion: '不能评为优秀',
    })
    const second = await ok<{ absences: Array<{ suggestion: string | null }> }>(
      call('recordSpotCheck', input, 'demo-township'),
    )
    expect(second.absences[0].suggestion).toBe('基本称职')
    const month = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-member'))
    expect(month).toMatchObject({ unexcusedAbsences: 2, suggestion: '基本称职' })
  })

  test("a spot check naming someone outside the village's work team is refused", async () => {
    const err = await fail(
      call(
        'recordSpotCheck',
        { villageId: FIRST_VILLAGE, presentIds: [], absentIds: [personIdOf(run, 'demo-secretary-b')] },
        'demo-supervisor',
      ),
    )
    expect(err.code).toBe('invalid-argument')
  })

  test('the monthly export is an xlsx in storage with one row per resident cadre and no ranking', async () => {
    await ok(call('checkIn', fixNear(village(run), 100), 'demo-secretary'))
    const res = await ok<{ fileID: string; url: string; rows: number }>(
      call('exportMonth', { month: '2026-11', townshipId: FIRST_TOWNSHIP }, 'demo-township'),
    )
    // 3 villages × (first secretary + team member), and the first village's team member not yet bound.
    expect(res.rows).toBe(7)
    expect(res.url).toContain('/storage/download')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(run.cloud.store.download(res.fileID).bytes as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('驻村工作记实')!
    expect(String(ws.getCell(1, 1).value)).toContain('瓦店镇 2026年11月')
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining(['序号', '在村天数', '请假天数', '应在村天数']),
    )
    expect(ws.getRow(2).values).not.toEqual(expect.arrayContaining(['排名']))
    const secretary = ws.getRow(3).values as unknown[]
    expect(secretary).toEqual(expect.arrayContaining(['第一书记', 20]))
  })

  test('exporting another township is refused to its out-of-scope supervisor', async () => {
    expect(
      (await fail(call('exportMonth', { month: '2026-11', townshipId: FIRST_TOWNSHIP }, 'demo-supervisor-b')))
        .code,
    ).toBe('permission-denied')
  })
})

describe('policy and work log', () => {
  test('the default policy is 20 days, once a day, photo optional, with no reason needed', async () => {
    expect(await ok<PolicyView>(call('getPolicy', {}, 'demo-secretary'))).toMatchObject({
      requiredDays: 20,
      checkInsPerDay: 1,
      photoRequired: false,
      strict: false,
      reason: null,
    })
  })

  test('making the policy stricter without a written reason is refused; with one it is kept and shown', async () => {
    const err = await fail(
      call('setPolicy', { requiredDays: 20, checkInsPerDay: 2, photoRequired: false }, 'demo-admin'),
    )
    expect(err).toMatchObject({
      code: 'invalid-argument',
      field: 'reason',
      message: expect.stringContaining('上午、下午各一次'),
    })
    await ok(
      call(
        'setPolicy',
        { requiredDays: 20, checkInsPerDay: 2, photoRequired: false, reason: '软弱涣散村整顿期间' },
        'demo-admin',
      ),
    )
    expect(await ok<PolicyView>(call('getPolicy', {}, 'demo-member'))).toMatchObject({
      checkInsPerDay: 2,
      strict: true,
      reason: '软弱涣散村整顿期间',
      updatedByName: '组织部管理员',
    })
  })

  test('with twice a day required, a morning check-in alone does not make the day count', async () => {
    await ok(
      call(
        'setPolicy',
        { requiredDays: 20, checkInsPerDay: 2, photoRequired: false, reason: '整顿期间' },
        'demo-admin',
      ),
    )
    const r = await ok<{ counted: boolean; dayCounted: boolean }>(
      call('checkIn', fixNear(village(run), 100), 'demo-secretary'),
    )
    expect(r).toMatchObject({ counted: true, dayCounted: false })
  })

  test('a work log is tied to the day and shows in the calendar', async () => {
    await ok(call('checkIn', fixNear(village(run), 100), 'demo-secretary'))
    const saved = await ok<{ presentThatDay: boolean }>(
      call('saveWorkLog', { day: '2026-11-20', text: '走访 5 户，协调饮水管道维修' }, 'demo-secretary'),
    )
    expect(saved.presentThatDay).toBe(true)
    const month = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-secretary'))
    expect(month.days.find((d) => d.day === '2026-11-20')).toMatchObject({
      status: 'present',
      log: '走访 5 户，协调饮水管道维修',
    })
    expect(
      (await fail(call('saveWorkLog', { day: '2026-11-21', text: '明天的' }, 'demo-secretary'))).code,
    ).toBe('invalid-argument')
  })
})
