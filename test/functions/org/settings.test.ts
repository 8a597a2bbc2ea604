import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { SettingsView } from '../../../types/api/org-settings'
import { COUNTY, fail, ok, personIdOf } from './fixtures'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: '2026-11-20T01:00:00.000Z' })
})
afterEach(() => run.stop())

const FRIDAY_4PM = '2026-11-20T08:00:00.000Z'
const settings = (openid = 'demo-admin') => ok<SettingsView>(run.call('org', 'getSettings', {}, openid))
const update = (input: unknown, openid = 'demo-admin') => run.callRaw('org', 'updateSettings', input, openid)
const reminders = (presenceDaily: boolean, reason?: string) =>
  update({ section: 'reminders', values: { presenceDaily }, ...(reason === undefined ? {} : { reason }) })

async function fireReminders(): Promise<unknown> {
  run.cloud.invoker.env.ZHUCUN_NOW = FRIDAY_4PM
  try {
    return await run.cloud.timers.fireNow('notice', 'noticeDaily')
  } finally {
    run.cloud.invoker.env.ZHUCUN_NOW = '2026-11-20T01:00:00.000Z'
  }
}
/** Moves the clock on a minute, so two changes have an order in the history. */
const later = () => {
  run.cloud.invoker.env.ZHUCUN_NOW = '2026-11-20T01:01:00.000Z'
}
const presenceReminders = () => run.cloud.db.find('inbox', { kind: 'presence_missing' })

describe('county settings: defaults and where each value comes from', () => {
  test('a county that never changed anything sees the 减负 defaults, marked 默认规则, with the one radius range', async () => {
    const s = await settings()
    expect(s).toMatchObject({
      countyId: COUNTY,
      presence: {
        values: { requiredDays: 20, checkInsPerDay: 1, photoRequired: false },
        source: 'default',
        sourceLabel: '默认规则',
        strict: false,
        reason: null,
      },
      reminders: { values: { presenceDaily: false }, source: 'default' },
      retention: { values: { checkInDays: 90, householdYears: 5 }, source: 'default' },
      radiusRange: { min: 100, max: 3000 },
      lastRuns: { checkIns: null, households: null },
      history: [],
    })
  })

  test('only a county admin reads or changes the settings', async () => {
    for (const who of ['demo-supervisor', 'demo-township', 'demo-secretary']) {
      expect((await fail(run.call('org', 'getSettings', {}, who))).code).toBe('permission-denied')
      expect(
        (await fail(update({ section: 'reminders', values: { presenceDaily: true }, reason: '防汛' }, who)))
          .code,
      ).toBe('permission-denied')
    }
  })
})

describe('daily presence reminders are off unless switched on with a written reason', () => {
  test('switching them on without a reason is refused in Chinese and changes nothing', async () => {
    const err = await fail(reminders(true))
    expect(err).toMatchObject({
      code: 'invalid-argument',
      field: 'reason',
      message: '从严设置须写明理由：开启每日在村记录提醒',
    })
    expect(await fail(reminders(true, '   '))).toMatchObject({ code: 'invalid-argument', field: 'reason' })
    expect(run.cloud.db.find('presence_policies', { _id: COUNTY })).toEqual([])
    expect((await settings()).history).toEqual([])
  })

  test('without the switch nobody is reminded, even under a stricter presence policy', async () => {
    await ok(
      update({
        section: 'presence',
        values: { requiredDays: 22, checkInsPerDay: 2, photoRequired: false },
        reason: '软弱涣散村整顿期间',
      }),
    )
    expect(await fireReminders()).toMatchObject({ ok: true, data: { presence: 0 } })
    expect(presenceReminders()).toHaveLength(0)
  })

  test('with a reason they are switched on, audited, shown with the reason, and cadres without a record are reminded', async () => {
    const s = await ok<SettingsView>(reminders(true, '防汛期间加强在岗管理'))
    expect(s.reminders).toMatchObject({
      values: { presenceDaily: true },
      source: 'county',
      sourceLabel: '本县设置',
      strict: true,
      reason: '防汛期间加强在岗管理',
      updatedByName: '组织部管理员',
    })
    expect(s.history).toEqual([
      expect.objectContaining({
        byName: '组织部管理员',
        summary: '提醒：每日在村记录提醒开启；理由：防汛期间加强在岗管理',
      }),
    ])
    const audit = run.cloud.db.find('audit_log', { targetId: COUNTY, targetType: 'county_policy' })
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: personIdOf(run, 'demo-admin'),
        fn: 'org',
        action: 'updateSettings',
      }),
    ])
    const fired = (await fireReminders()) as { data: { presence: number } }
    expect(fired.data.presence).toBeGreaterThan(0)
    expect(presenceReminders().map((r) => r.personId)).toContain(personIdOf(run, 'demo-secretary'))
  })

  test('switching them off again needs no reason and stops the reminders', async () => {
    await ok(reminders(true, '防汛期间'))
    later()
    const off = await ok<SettingsView>(reminders(false))
    expect(off.reminders).toMatchObject({ values: { presenceDaily: false }, strict: false, reason: null })
    expect(off.history.map((h) => h.summary)).toEqual([
      '提醒：每日在村记录提醒关闭',
      '提醒：每日在村记录提醒开启；理由：防汛期间',
    ])
    await fireReminders()
    expect(presenceReminders()).toHaveLength(0)
  })
})

describe('the stricter-needs-a-reason rule in every section', () => {
  test('keeping raw coordinates longer than 90 days needs a reason; shorter does not', async () => {
    const err = await fail(update({ section: 'retention', values: { checkInDays: 180, householdYears: 5 } }))
    expect(err).toMatchObject({
      code: 'invalid-argument',
      message: '从严设置须写明理由：签到坐标保留期由 90 天延长到 180 天',
    })
    const s = await ok<SettingsView>(
      update({ section: 'retention', values: { checkInDays: 60, householdYears: 3 } }),
    )
    expect(s.retention).toMatchObject({
      values: { checkInDays: 60, householdYears: 3 },
      strict: false,
      source: 'county',
    })
  })

  test('a retention period outside 30–730 days is refused with a Chinese message', async () => {
    expect(
      await fail(update({ section: 'retention', values: { checkInDays: 7, householdYears: 5 } })),
    ).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('至少保留 30 天') })
  })

  test('a presence change made here is the policy cadres see, and changing one section leaves the others as they were', async () => {
    await ok(reminders(true, '防汛期间'))
    await ok(
      update({
        section: 'presence',
        values: { requiredDays: 20, checkInsPerDay: 1, photoRequired: true },
        reason: '整改期间核查',
      }),
    )
    const policy = await ok<{ photoRequired: boolean; reason: string }>(
      run.call('presence', 'getPolicy', {}, 'demo-secretary'),
    )
    expect(policy).toMatchObject({ photoRequired: true, reason: '整改期间核查' })
    expect((await settings()).reminders).toMatchObject({
      values: { presenceDaily: true },
      reason: '防汛期间',
    })
  })

  test('the old presence.setPolicy keeps the other sections and appears in the same history', async () => {
    await ok(reminders(true, '防汛期间'))
    later()
    await ok(
      run.call(
        'presence',
        'setPolicy',
        { requiredDays: 21, checkInsPerDay: 1, photoRequired: false, reason: '县委要求' },
        'demo-admin',
      ),
    )
    const s = await settings()
    expect(s.reminders.values.presenceDaily).toBe(true)
    expect(s.presence).toMatchObject({ values: { requiredDays: 21 }, reason: '县委要求' })
    expect(s.history[0].summary).toBe('在村履职：每月在村 21 天，每日签到一次，照片可选；理由：县委要求')
  })

  test('saving the same values again writes no second audit line', async () => {
    await ok(reminders(true, '防汛期间'))
    await ok(reminders(true, '防汛期间'))
    expect(run.cloud.db.count('audit_log', { targetType: 'county_policy' })).toBe(1)
  })
})
