import type { ActionInput, ActionName } from '../../../types/api'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { LeaveView, MonthView } from '../../../types/api/presence-views'
import type { SettingsView } from '../../../types/api/org-settings'
import { DEFAULT_LEAVE_RULES, type LeaveRules } from '../../../types/domain/leave-policy'
import { storedWorkbook } from '../../helpers/stored-workbook'
import { fail, FIRST_TOWNSHIP, NOW, ok } from './helpers'

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

const setLeave = (values: LeaveRules, reason = '') =>
  run.call('org', 'updateSettings', { section: 'leave', values, reason }, 'demo-admin')
const granted = async (type: LeaveView['type'], startDay: string, endDay: string) => {
  const l = await ok<LeaveView>(
    call('requestLeave', { type, startDay, endDay, reason: '事由' }, 'demo-secretary'),
  )
  await ok(
    call('decideLeave', { leaveId: l.id, decision: 'approved' }, l.days > 3 ? 'demo-admin' : 'demo-township'),
  )
  return l
}

describe('leave by type under the county rules', () => {
  test('by default 公差 and 培训 count as days in the village, 事假 and 病假 are excused but not counted', async () => {
    await granted('official', '2026-11-21', '2026-11-22')
    await granted('training', '2026-11-23', '2026-11-23')
    await granted('personal', '2026-11-24', '2026-11-25')
    await granted('sick', '2026-11-26', '2026-11-26')
    const m = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-secretary'))
    expect(m).toMatchObject({ countedLeaveDays: 3, excusedDays: 3, leaveDays: 6 })
    expect(m.countedDays).toBe(m.presentDays + 3)
    expect(Object.fromEntries(m.leaveByType.map((t) => [t.type, [t.days, t.counts]]))).toEqual({
      personal: [2, false],
      sick: [1, false],
      official: [2, true],
      training: [1, true],
      other: [0, false],
    })
    expect(m.days.find((d) => d.day === '2026-11-24')?.status).toBe('excused')
    expect(m.days.find((d) => d.day === '2026-11-21')?.status).toBe('leave')
  })

  test('a county that counts 事假 sees it counted at once; a daily subsidy prices the counted days', async () => {
    await granted('personal', '2026-11-24', '2026-11-25')
    await ok(
      setLeave({
        ...DEFAULT_LEAVE_RULES,
        counts: { ...DEFAULT_LEAVE_RULES.counts, personal: true },
        dailySubsidy: 100,
      }),
    )
    const m = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-secretary'))
    expect(m).toMatchObject({ countedLeaveDays: 2, excusedDays: 0, dailySubsidy: 100 })
    expect(m.subsidyAmount).toBe(m.countedDays * 100)
  })

  test('the monthly 记实 splits leave by type and gives the subsidy days and amount', async () => {
    await granted('official', '2026-11-21', '2026-11-22')
    await granted('sick', '2026-11-26', '2026-11-26')
    await ok(setLeave({ ...DEFAULT_LEAVE_RULES, dailySubsidy: 80.5 }))
    const m = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-secretary'))
    const file = await ok<{ fileID: string }>(
      call('exportMonth', { month: '2026-11', townshipId: FIRST_TOWNSHIP }, 'demo-admin'),
    )
    const ws = (await storedWorkbook(run, file.fileID)).worksheets[0]
    const header = (ws.getRow(2).values as unknown[]).map(String)
    const col = (name: string) => header.indexOf(name)
    const row = ws.getRows(3, ws.rowCount - 2)?.find((r) => r.getCell(col('姓名')).value === m.person.name)
    expect(row).toBeDefined()
    const cell = (name: string) => row?.getCell(col(name)).value
    expect([cell('其中：事假'), cell('病假'), cell('公差/因公外出'), cell('培训'), cell('其他假')]).toEqual([
      0, 1, 2, 0, 0,
    ])
    expect(cell('补助天数')).toBe(m.countedDays)
    expect(cell('补助金额（元）')).toBe(Math.round(m.countedDays * 80.5 * 100) / 100)
  })

  test('an annual cap refuses the leave that would pass it, in Chinese, and writes nothing', async () => {
    const capped = { ...DEFAULT_LEAVE_RULES, caps: { ...DEFAULT_LEAVE_RULES.caps, personal: 5 } }
    expect(await fail(setLeave(capped))).toMatchObject({ code: 'invalid-argument', field: 'reason' })
    await ok(setLeave(capped, '省里规定事假每年不超过 5 天'))
    await ok(
      call(
        'requestLeave',
        { type: 'personal', startDay: '2026-11-23', endDay: '2026-11-25', reason: '家事' },
        'demo-secretary',
      ),
    )
    const before = run.cloud.db.count('presence_leaves')
    expect(
      await fail(
        call(
          'requestLeave',
          { type: 'personal', startDay: '2026-11-27', endDay: '2026-11-29', reason: '家事' },
          'demo-secretary',
        ),
      ),
    ).toMatchObject({ code: 'failed-precondition', message: expect.stringContaining('事假每年最多 5 天') })
    expect(run.cloud.db.count('presence_leaves')).toBe(before)
    await ok(
      call(
        'requestLeave',
        { type: 'sick', startDay: '2026-11-27', endDay: '2026-11-29', reason: '发烧' },
        'demo-secretary',
      ),
    )
  })

  test('bad leave rules and bad leave types are refused in Chinese and change nothing', async () => {
    const bad = await run.callRaw(
      'org',
      'updateSettings',
      {
        section: 'leave',
        values: { ...DEFAULT_LEAVE_RULES, caps: { ...DEFAULT_LEAVE_RULES.caps, sick: 0 } },
        reason: '',
      },
      'demo-admin',
    )
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('至少 1 天') },
    })
    const negative = await run.callRaw(
      'org',
      'updateSettings',
      { section: 'leave', values: { ...DEFAULT_LEAVE_RULES, dailySubsidy: -1 }, reason: '' },
      'demo-admin',
    )
    expect(negative).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('不能为负') },
    })
    const settings = await ok<SettingsView>(run.call('org', 'getSettings', {}, 'demo-admin'))
    expect(settings.leave).toMatchObject({ values: DEFAULT_LEAVE_RULES, source: 'default' })
    const vacation = await run.callRaw(
      'presence',
      'requestLeave',
      { type: 'vacation', startDay: '2026-11-23', endDay: '2026-11-23', reason: '休假' },
      'demo-secretary',
    )
    expect(vacation).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('请假类型') },
    })
  })
})
