import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { countWrites, MONDAY_AFTERNOON } from './effects'

const KEY = 'k3y-for-the-county-scheduler-0123456789abcdef'
interface HttpAnswer {
  statusCode: number
  body: string
}

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: MONDAY_AFTERNOON, timerTriggers: false })
})
afterAll(() => run.stop())

/** A request as CloudBase's HTTP access service hands it to the function: no WeChat identity. */
function post(
  fn: string,
  headers: Record<string, string>,
  env: Record<string, string> = { ZHUCUN_JOB_KEY: KEY },
  method = 'POST',
  openid = '',
): Promise<HttpAnswer> {
  return run.cloud.invoke(
    fn,
    { httpMethod: method, path: `/jobs/${fn}`, headers, body: '', isBase64Encoded: false },
    { openid },
    env,
  ) as Promise<HttpAnswer>
}

const runsOf = (job: string) => run.cloud.db.find('job_runs', { job })

describe('the HTTP entry a county scheduler calls', () => {
  test('without the right key nothing runs: no key configured, a short key, a wrong key, a GET, a WeChat caller', async () => {
    const writes = countWrites(run)
    expect((await post('rectify', { 'x-zhucun-job-key': KEY }, {})).statusCode).toBe(403)
    expect(
      (await post('rectify', { 'x-zhucun-job-key': 'short' }, { ZHUCUN_JOB_KEY: 'short' })).statusCode,
    ).toBe(403)
    expect((await post('rectify', { 'x-zhucun-job-key': `${KEY}x` })).statusCode).toBe(401)
    expect((await post('rectify', {})).statusCode).toBe(401)
    expect((await post('rectify', { 'x-zhucun-job-key': KEY }, undefined, 'GET')).statusCode).toBe(405)
    expect(
      (await post('rectify', { 'x-zhucun-job-key': KEY }, undefined, 'POST', 'demo-admin')).statusCode,
    ).toBe(403)
    expect(writes()).toBe(0)
    expect(runsOf('rectify.daily')).toEqual([])
  })

  test('with the key the due jobs run once; a second request the same day runs nothing', async () => {
    const first = await post('rectify', { 'X-Zhucun-Job-Key': KEY })
    expect(first.statusCode).toBe(200)
    const body = JSON.parse(first.body) as {
      ok: boolean
      runs: Array<{ job: string; ran: boolean; result?: { strikes: number } }>
    }
    expect(body.runs).toEqual([
      {
        job: 'rectify.daily',
        countyId: 'u-411302',
        ran: true,
        more: false,
        failed: false,
        result: { strikes: expect.any(Number), reminders: expect.any(Number) },
      },
    ])
    expect(body.runs[0].result?.strikes).toBeGreaterThan(0)
    expect(runsOf('rectify.daily').map((r) => [r.via, r.state])).toEqual([['http', 'done']])
    const writes = countWrites(run)
    const second = JSON.parse((await post('rectify', { 'x-zhucun-job-key': KEY })).body) as {
      runs: Array<{ ran: boolean }>
      invocations: number
    }
    // The county's record says done: no county invocation is even made.
    expect(second.runs).toEqual([])
    expect(second.invocations).toBe(0)
    expect(writes()).toBe(0)
  })

  test('a signed-in call after the HTTP run finds the job done', async () => {
    const before = runsOf('rectify.daily')
    expect(((await run.call('rectify', 'listMine', {}, 'demo-secretary')) as { ok: boolean }).ok).toBe(true)
    expect(runsOf('rectify.daily')).toEqual(before)
  })
})

describe('a run cut off halfway (timeout, crash)', () => {
  const claimOf = (startedAt: Date) => ({
    _id: 'visit.recount_u-411302_2026-11-23',
    job: 'visit.recount',
    countyId: 'u-411302',
    day: '2026-11-23',
    via: 'call',
    state: 'running',
    startedAt,
    finishedAt: null,
    result: null,
  })

  test('is left alone while it may still be running, and taken over once it is 15 minutes old', async () => {
    run.cloud.db.insertMany('job_runs', [claimOf(new Date(Date.parse(MONDAY_AFTERNOON) - 5 * 60_000))])
    const young = JSON.parse((await post('visit', { 'x-zhucun-job-key': KEY })).body) as {
      runs: Array<{ job: string; ran: boolean }>
    }
    expect(young.runs.filter((r) => r.job === 'visit.recount').map((r) => r.ran)).toEqual([false])
    expect(runsOf('visit.recount').map((r) => r.state)).toEqual(['running'])
    // Twenty minutes after it started the claim is stale: this request takes it and finishes the job.
    const later = new Date(Date.parse(MONDAY_AFTERNOON) + 15 * 60_000).toISOString()
    const old = JSON.parse(
      (await post('visit', { 'x-zhucun-job-key': KEY }, { ZHUCUN_JOB_KEY: KEY, ZHUCUN_NOW: later })).body,
    ) as { runs: Array<{ job: string; ran: boolean }> }
    expect(old.runs.filter((r) => r.job === 'visit.recount').map((r) => r.ran)).toEqual([true])
    expect(runsOf('visit.recount').map((r) => [r.via, r.state])).toEqual([['http', 'done']])
  })
})
