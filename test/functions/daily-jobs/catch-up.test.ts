import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { countWrites, MONDAY_AFTERNOON, READS, scheduledEffects } from './effects'

type Effects = ReturnType<typeof scheduledEffects>

async function readAll(run: RunningCloud): Promise<void> {
  for (const [fn, action, input, openid] of READS) {
    const res = (await run.callRaw(fn, action, input, openid)) as { ok: boolean; error?: unknown }
    if (!res.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(res.error)}`)
  }
}

// What the four timer triggers do on a 云函数 V1 environment, then the same calls, as the reference
// (a dashboard read itself stores the roll-ups of past months it lacked).
let withTimers: Effects
beforeAll(async () => {
  const run = await startLocalCloud({ http: false, now: MONDAY_AFTERNOON })
  try {
    for (const fn of ['report', 'visit', 'rectify', 'notice']) await run.cloud.timers.fireNow(fn)
    await readAll(run)
    withTimers = scheduledEffects(run)
  } finally {
    await run.stop()
  }
}, 60_000)

describe('on an environment without timer triggers (云函数 V2)', () => {
  let run: RunningCloud
  beforeAll(async () => {
    run = await startLocalCloud({ http: false, now: MONDAY_AFTERNOON, timerTriggers: false })
  })
  afterAll(() => run.stop())

  test('no timer fires there', async () => {
    await expect(run.cloud.timers.fireNow('report')).rejects.toThrow('没有定时触发器')
  })

  test('the first signed-in calls of the day bring about what the timers would have done', async () => {
    const before = scheduledEffects(run)
    await readAll(run)
    const after = scheduledEffects(run)
    expect(after).toEqual(withTimers)
    // The jobs did something here (the comparison is not between two empty worlds).
    expect(after.inbox.length).toBeGreaterThan(before.inbox.length)
    expect(after.struck.length).toBeGreaterThan(before.struck.length)
    expect(
      run.cloud.db.find('job_runs', {}, { sort: { _id: 1 } }).map((r) => [r.job, r.via, r.state]),
    ).toEqual([
      ['notice.reminders', 'call', 'done'],
      ['rectify.daily', 'call', 'done'],
      ['report.rollup', 'call', 'done'],
      ['visit.household-retention', 'call', 'done'],
      ['visit.households2026', 'call', 'done'],
      ['visit.recount', 'call', 'done'],
    ])
  })

  test('calling again the same day writes nothing and changes nothing', async () => {
    const before = scheduledEffects(run)
    const runs = run.cloud.db.find('job_runs', {}, { sort: { _id: 1 } })
    const writes = countWrites(run)
    await readAll(run)
    await readAll(run)
    expect(writes()).toBe(0)
    expect(scheduledEffects(run)).toEqual(before)
    expect(run.cloud.db.find('job_runs', {}, { sort: { _id: 1 } })).toEqual(runs)
  })

  test('before a job is due nothing runs; the next day it runs again once it is due', async () => {
    const tuesdayEarly = '2026-11-23T22:00:00.000Z' // 06:00 Tuesday in Shanghai
    run.cloud.invoker.env.ZHUCUN_NOW = tuesdayEarly
    await readAll(run)
    const tuesday = run.cloud.db
      .find('job_runs', { day: '2026-11-24' })
      .map((r) => r.job)
      .sort()
    // Roll-up (00:05), recount, household retention and the 2026 household migration (02:30) are due; rectify (08:00) and reminders (16:00) are not.
    expect(tuesday).toEqual([
      'report.rollup',
      'visit.household-retention',
      'visit.households2026',
      'visit.recount',
    ])
    run.cloud.invoker.env.ZHUCUN_NOW = '2026-11-24T00:30:00.000Z' // 08:30
    await readAll(run)
    expect(
      run.cloud.db
        .find('job_runs', { day: '2026-11-24' })
        .map((r) => r.job)
        .sort(),
    ).toEqual([
      'rectify.daily',
      'report.rollup',
      'visit.household-retention',
      'visit.households2026',
      'visit.recount',
    ])
  })
})

describe('on an environment whose timers run but do not say so', () => {
  test('a call after the timer ran finds the day done and runs nothing', async () => {
    const run = await startLocalCloud({ http: false, now: MONDAY_AFTERNOON })
    try {
      delete run.cloud.invoker.env.ZHUCUN_TIMERS
      for (const fn of ['report', 'visit', 'rectify', 'notice']) await run.cloud.timers.fireNow(fn)
      const runs = run.cloud.db.find('job_runs', {}, { sort: { _id: 1 } })
      const effects = scheduledEffects(run)
      await readAll(run)
      expect(run.cloud.db.find('job_runs', {}, { sort: { _id: 1 } })).toEqual(runs)
      expect(runs.map((r) => r.via)).toEqual(['timer', 'timer', 'timer', 'timer', 'timer', 'timer'])
      expect(scheduledEffects(run).inbox).toEqual(effects.inbox)
      expect(scheduledEffects(run).struck).toEqual(effects.struck)
    } finally {
      await run.stop()
    }
  })
})
