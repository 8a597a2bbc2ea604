import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'
import { COUNTY } from '../org/fixtures'
import { countWrites, MONDAY_AFTERNOON } from './effects'

// A prefecture over two counties: the demo county and a second one, 新城县, with one township and one
// village holding 450 resident cadres (more than two reminder batches).
const PREFECTURE = 'u-4113'
const SECOND = 'u-411399'
const TOWNSHIP = 'u-411399100'
const VILLAGE = 'u-411399100200'
const KEY = 'k3y-for-the-county-scheduler-0123456789abcdef'
const CADRES = 450

let run: RunningCloud
let db: Database
const at = new Date(MONDAY_AFTERNOON)

function unit(_id: string, level: string, path: string[], name: string) {
  return {
    _id,
    code: _id.slice(2),
    name,
    level,
    parentId: path.at(-2) ?? null,
    path,
    createdAt: at,
    updatedAt: at,
  }
}

const policyMeta = {
  reason: '防汛期间加强在岗管理',
  updatedAt: at,
  updatedById: 'p-admin-2',
  updatedByName: '组织部管理员',
}

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: MONDAY_AFTERNOON })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
  cloud.init({})
  db = cloud.database({ throwOnNotFound: false }) as Database
  run.cloud.db.insertMany('org_units', [
    unit(PREFECTURE, 'prefecture', [PREFECTURE], '南阳市'),
    unit(SECOND, 'county', [PREFECTURE, SECOND], '新城县'),
    unit(TOWNSHIP, 'township', [PREFECTURE, SECOND, TOWNSHIP], '新城镇'),
    unit(VILLAGE, 'village', [PREFECTURE, SECOND, TOWNSHIP, VILLAGE], '新城村'),
  ])
  const [template] = run.cloud.db.find('people', { openid: 'demo-secretary' })
  run.cloud.db.insertMany(
    'people',
    Array.from({ length: CADRES }, (_, i) => ({
      ...template,
      _id: `p-second-${String(i).padStart(3, '0')}`,
      openid: null,
      phoneHash: `second-${i}`,
      homeUnitId: VILLAGE,
      roles: [{ role: 'resident_cadre', unitIds: [VILLAGE] }],
    })),
  )
  // The second county asked for the daily presence reminder (with its reason).
  run.cloud.db.insertMany('presence_policies', [
    {
      _id: SECOND,
      requiredDays: 20,
      checkInsPerDay: 1,
      photoRequired: false,
      ...policyMeta,
      history: [],
      reminders: { presenceDaily: true, ...policyMeta },
    },
  ])
}, 60_000)
afterAll(() => run.stop())

const records = (fn: string) => run.cloud.invoker.records.filter((r) => r.fn === fn)
const runsOf = (job: string) =>
  run.cloud.db.find('job_runs', { job }, { sort: { countyId: 1 } }).map((r) => [r.countyId, r.state, r.steps])

describe('a daily timer fans out one invocation per county', () => {
  test('one timer run lists the counties and invokes the function once for each, recording a run per county', async () => {
    const before = records('rectify').length
    expect(await run.cloud.timers.fireNow('rectify')).toMatchObject({ ok: true })
    // The timer's own invocation, then one per county (each answered ok).
    expect(
      records('rectify')
        .slice(before)
        .map((r) => r.outcome),
    ).toEqual(['ok', 'ok', 'ok'])
    expect(runsOf('rectify.daily')).toEqual([
      [COUNTY, 'done', 1],
      [SECOND, 'done', 1],
    ])
  })

  test('running the timer again the same day invokes no county and writes nothing', async () => {
    const before = records('rectify').length
    const writes = countWrites(run)
    expect(await run.cloud.timers.fireNow('rectify')).toEqual({ ok: true, data: {} })
    expect(records('rectify').length - before).toBe(1)
    expect(writes()).toBe(0)
  })

  test('an app cannot send a county invocation itself: it is refused and nothing runs', async () => {
    const event = {
      Type: 'CountyJobs',
      countyId: SECOND,
      jobs: ['visit.recount'],
      via: 'call',
      at: MONDAY_AFTERNOON,
    }
    const writes = countWrites(run)
    const res = await run.cloud.invoke('visit', event, { openid: 'demo-admin', source: 'wx_client' })
    expect(res).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
    expect(writes()).toBe(0)
  })
})

describe('a county that fails', () => {
  test('does not stop the other county, and is retried by the next run until it succeeds', async () => {
    // The second county's record is broken (no path): its retention step throws.
    const units = db.collection('org_units')
    await units.doc(SECOND).update({ data: { path: null } })
    expect(await run.cloud.timers.fireNow('presence')).toMatchObject({
      ok: true,
      data: { failedCounties: 1 },
    })
    const [failed] = run.cloud.db.find('job_runs', { job: 'presence.retention', countyId: SECOND })
    expect(failed).toMatchObject({ state: 'failed', steps: 0 })
    expect(String(failed.error)).not.toBe('')
    expect(runsOf('presence.retention')).toEqual([
      [COUNTY, 'done', 1],
      [SECOND, 'failed', 0],
    ])
    // Someone repairs the record; the next run takes up only the county that failed.
    await units.doc(SECOND).update({ data: { path: [PREFECTURE, SECOND] } })
    const before = records('presence').length
    expect(await run.cloud.timers.fireNow('presence')).toEqual({ ok: true, data: { coarsened: 0 } })
    expect(records('presence').length - before).toBe(2)
    expect(runsOf('presence.retention')).toEqual([
      [COUNTY, 'done', 1],
      [SECOND, 'done', 1],
    ])
  })
})

describe('reminders go out in bounded batches', () => {
  interface Step {
    job: string
    countyId: string
    more: boolean
    result: { presence?: number; visits?: number }
  }
  test('450 cadres are reminded in county invocations of at most 200, each continuing where the last stopped', async () => {
    const res = (await run.cloud.invoke(
      'notice',
      { httpMethod: 'POST', path: '/jobs/notice', headers: { 'x-zhucun-job-key': KEY }, body: '' },
      { openid: '' },
      { ZHUCUN_JOB_KEY: KEY },
    )) as { statusCode: number; body: string }
    expect(res.statusCode).toBe(200)
    const steps = (JSON.parse(res.body) as { runs: Step[] }).runs.filter((s) => s.countyId === SECOND)
    expect(steps.map((s) => [s.result.presence, s.more])).toEqual([
      [200, true],
      [200, true],
      [50, true],
      [0, false],
    ])
    const reminded = run.cloud.db.find('inbox', {
      kind: 'presence_missing',
      personId: { $regex: '^p-second-' },
    })
    expect(reminded).toHaveLength(CADRES)
    expect(run.cloud.db.find('job_runs', { job: 'notice.reminders', countyId: SECOND })[0]).toMatchObject({
      state: 'done',
      steps: 4,
      result: { presence: CADRES, visits: 0 },
    })
  })
})
