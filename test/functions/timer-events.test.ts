import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

let run: RunningCloud
let logged: string[] = []
let spy: jest.SpyInstance

beforeAll(async () => {
  run = await startLocalCloud({ http: true })
})
afterAll(() => run.stop())
beforeEach(() => {
  logged = []
  spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(' '))
  })
})
afterEach(() => spy.mockRestore())

/** The event a trigger delivers, as anyone could type it. */
const timerEvent = (name: string) => ({ Type: 'Timer', TriggerName: name, Time: '2026-12-05T00:00:00Z' })

function forgedLines(fn: string): Array<Record<string, unknown>> {
  return logged
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>]
      } catch {
        return []
      }
    })
    .filter((e) => e.event === 'timer_forged' && e.fn === fn)
}

const PERMISSION_DENIED = {
  ok: false,
  error: { code: 'permission-denied', message: expect.stringMatching(/定时任务/) },
}

describe('a timer job runs only when the platform triggers it', () => {
  test('the scheduler fires rectify, notice, report and visit jobs as WeChat does, and they run', async () => {
    for (const fn of ['rectify', 'notice', 'report', 'visit']) {
      expect(await run.cloud.timers.fireNow(fn)).toMatchObject({ ok: true })
    }
    expect(forgedLines('rectify')).toEqual([])
  })

  test('a signed-in caller sending the timer event is refused, logged, and changes nothing', async () => {
    for (const openid of ['demo-admin', 'demo-secretary', 'o-stranger']) {
      const before = run.cloud.db.snapshot()
      const res = await run.cloud.invoke('rectify', timerEvent('rectifyDaily'), { openid })
      expect(res).toEqual(PERMISSION_DENIED)
      expect(run.cloud.db.snapshot()).toEqual(before)
    }
    expect(forgedLines('rectify').map((e) => e.openid)).toEqual([
      'demo-admin',
      'demo-secretary',
      'o-stranger',
    ])
  })

  test('the timer event wrapped in an action call from the app is refused, not run as either', async () => {
    const res = await run.cloud.invoke(
      'notice',
      { action: 'listInbox', input: {}, ...timerEvent('noticeDaily') },
      { openid: 'demo-admin' },
    )
    expect(res).toEqual(PERMISSION_DENIED)
    expect(forgedLines('notice')).toHaveLength(1)
  })

  test('the HTTP edge without any identity cannot run a timer job', async () => {
    const before = run.cloud.outbox.entries.length
    const snapshot = run.cloud.db.snapshot()
    const res = await fetch(`${run.url}/fn/notice`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'x', ...timerEvent('noticeDaily') }),
    })
    expect(await res.json()).toEqual(PERMISSION_DENIED)
    expect(run.cloud.db.snapshot()).toEqual(snapshot)
    expect(run.cloud.outbox.entries.length).toBe(before)
    expect(forgedLines('notice')).toEqual([
      expect.objectContaining({ source: 'wx_client', reason: expect.stringContaining('wx_client') }),
    ])
  })

  test('a function calling another with the timer event is refused (the call chain ends in scf)', async () => {
    const res = await run.cloud.invoke('report', timerEvent('reportRollup'), {
      openid: '',
      source: 'wx_trigger,scf',
    })
    expect(res).toEqual(PERMISSION_DENIED)
    expect(forgedLines('report')).toEqual([expect.objectContaining({ source: 'wx_trigger,scf' })])
  })

  test('a trigger name the function does not declare is refused even from the platform', async () => {
    const res = await run.cloud.invoke('rectify', timerEvent('noticeDaily'), {
      openid: '',
      source: 'wx_trigger',
    })
    expect(res).toEqual(PERMISSION_DENIED)
    expect(
      await run.cloud.invoke('org', timerEvent('rectifyDaily'), { openid: '', source: 'wx_trigger' }),
    ).toEqual(PERMISSION_DENIED)
    expect(forgedLines('rectify')).toEqual([expect.objectContaining({ reason: 'unknown trigger' })])
    expect(forgedLines('org')).toHaveLength(1)
  })
})
