import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'
import type { TaskView, WeeklySummary } from '../../../types/api/task'
import { COUNTY, fail, ok, personIdOf } from '../org/fixtures'
import { forgetJobRuns } from '../../helpers/job-runs'

const WEDNESDAY = '2026-11-18T02:00:00.000Z' // 10:00 in Shanghai
const NEXT_MONDAY = '2026-11-22T23:30:00.000Z' // 07:30 Monday 23 November in Shanghai
const WADIAN = 'u-411302100'
const HONGNIWAN = 'u-411302101'
const PREFECTURE = 'u-4113'
const SECOND = 'u-411399'

let run: RunningCloud
let db: Database
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: WEDNESDAY })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
  cloud.init({})
  db = cloud.database({ throwOnNotFound: false }) as Database
}, 60_000)
afterAll(() => run.stop())

const assign = (input: unknown, openid = 'demo-admin') => run.callRaw('task', 'assignTask', input, openid)
const report = (input: unknown, openid: string) => run.callRaw('task', 'reportProgress', input, openid)
const share = { kind: 'share', targetPercent: 85 }
const tasksCount = () => run.cloud.db.count('sched_tasks')

async function fireWeekly(): Promise<unknown> {
  run.cloud.invoker.env.ZHUCUN_NOW = NEXT_MONDAY
  try {
    return await run.cloud.timers.fireNow('task')
  } finally {
    run.cloud.invoker.env.ZHUCUN_NOW = WEDNESDAY
  }
}

let taskId = ''
describe('a county assigns a task to two townships, and they report', () => {
  test('the county admin gives 瓦店镇 and 红泥湾镇 a task with a deadline and a share to reach', async () => {
    const res = await ok<{ taskId: string }>(
      assign({
        title: '村党组织书记“一肩挑”',
        unitIds: [WADIAN, HONGNIWAN],
        deadline: '2026-12-31',
        measure: share,
      }),
    )
    taskId = res.taskId
    const { tasks } = await ok<{ tasks: TaskView[] }>(run.call('task', 'listTasks', {}, 'demo-township'))
    expect(tasks.map((t) => [t.title, t.issuerUnitName, t.issuerLevelLabel, t.mine, t.issuedByMe])).toEqual([
      ['村党组织书记“一肩挑”', '宛城区', '县', [WADIAN], false],
    ])
    expect(tasks[0].measureLabel).toBe('85% 的单位完成')
  })

  test('the township leader reports 瓦店镇 done with a note; the county sees one of two places done', async () => {
    await ok(report({ taskId, unitId: WADIAN, value: 1, note: '全镇 12 个村均已实现' }, 'demo-township'))
    const { task, rows } = await ok<{
      task: TaskView
      rows: Array<{ unitName: string; done: boolean; note: string }>
    }>(run.call('task', 'getTask', { taskId }, 'demo-admin'))
    expect(task.figures).toEqual({ units: 2, reported: 1, done: 1, percent: 50, met: false })
    expect(rows.map((r) => [r.unitName, r.done, r.note])).toEqual([
      ['瓦店镇', true, '全镇 12 个村均已实现'],
      ['红泥湾镇', false, ''],
    ])
    // The township sees its own row only.
    const mine = await ok<{ rows: Array<{ unitName: string }> }>(
      run.call('task', 'getTask', { taskId }, 'demo-township'),
    )
    expect(mine.rows.map((r) => r.unitName)).toEqual(['瓦店镇'])
  })

  test('bad input is refused in Chinese and changes nothing', async () => {
    const before = run.cloud.db.snapshot()
    const cases: Array<[Promise<unknown>, string, string]> = [
      [
        report({ taskId, unitId: WADIAN, value: 2, note: '' }, 'demo-township'),
        'invalid-argument',
        '此任务只报',
      ],
      [
        assign({ title: '过期', unitIds: [WADIAN], deadline: '2026-11-01', measure: share }),
        'invalid-argument',
        '时限',
      ],
      [
        assign({
          title: '目标',
          unitIds: [WADIAN],
          deadline: '2026-12-31',
          measure: { kind: 'share', targetPercent: 120 },
        }),
        'invalid-argument',
        '目标比例',
      ],
      [
        assign({ title: '无单位', unitIds: [], deadline: '2026-12-31', measure: share }),
        'invalid-argument',
        '单位',
      ],
    ]
    for (const [call, code, words] of cases) {
      const f = await fail(call)
      expect(f.code).toBe(code)
      expect(f.message).toContain(words)
    }
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('role and scope are checked on the server', async () => {
    const count = tasksCount()
    // A village cadre supervises nothing; a township leader cannot reach another township's village.
    expect(
      (
        await fail(
          assign({ title: 'x', unitIds: [WADIAN], deadline: '2026-12-31', measure: share }, 'demo-secretary'),
        )
      ).code,
    ).toBe('permission-denied')
    expect(
      (
        await fail(
          assign(
            { title: 'x', unitIds: ['u-411302101200'], deadline: '2026-12-31', measure: share },
            'demo-township',
          ),
        )
      ).code,
    ).toBe('permission-denied')
    // Nobody assigns to their own unit, or above it.
    expect(
      (await fail(assign({ title: 'x', unitIds: [COUNTY], deadline: '2026-12-31', measure: share }))).code,
    ).toBe('permission-denied')
    expect(tasksCount()).toBe(count)
    // 瓦店镇's leader cannot report for 红泥湾镇, nor a village cadre for a township.
    expect(
      (await fail(report({ taskId, unitId: HONGNIWAN, value: 1, note: '' }, 'demo-township'))).code,
    ).toBe('permission-denied')
    expect((await fail(report({ taskId, unitId: WADIAN, value: 1, note: '' }, 'demo-village'))).code).toBe(
      'permission-denied',
    )
    expect((await fail(run.call('task', 'getTask', { taskId }, 'demo-village'))).code).toBe(
      'permission-denied',
    )
  })
})

describe('the weekly summary (周通报)', () => {
  test('the Monday job writes the county’s summary as an xlsx with a Chinese name and tells the issuer in the inbox', async () => {
    expect(await fireWeekly()).toMatchObject({ ok: true, data: { summaries: 1 } })
    const { summaries } = await ok<{ summaries: WeeklySummary[] }>(
      run.call('task', 'listWeeklySummaries', {}, 'demo-admin'),
    )
    expect(summaries).toHaveLength(1)
    expect(summaries[0]).toMatchObject({ unitName: '宛城区', levelLabel: '县', week: '2026-11-16' })
    expect(summaries[0].tasks[0]).toMatchObject({ title: '村党组织书记“一肩挑”', behind: ['红泥湾镇'] })
    const file = await ok<{ url: string; fileName: string }>(
      run.call('task', 'getWeeklyFile', { summaryId: summaries[0].id }, 'demo-admin'),
    )
    expect(file.fileName).toBe('调度任务周通报-宛城区-2026-11-16.xlsx')
    const inbox = run.cloud.db.find('inbox', { kind: 'task_weekly' })
    expect(inbox.map((r) => [r.personId, r.title])).toEqual([
      [personIdOf(run, 'demo-admin'), '调度任务周通报：宛城区'],
    ])
    // A township leader is no supervisor of the county: the county's summary is not theirs.
    expect(
      (await fail(run.call('task', 'getWeeklyFile', { summaryId: summaries[0].id }, 'demo-township'))).code,
    ).toBe('permission-denied')
  })

  test('running the job again writes no second summary and tells nobody twice', async () => {
    const before = run.cloud.db.find('inbox', { kind: 'task_weekly' }).length
    await fireWeekly()
    expect(run.cloud.db.count('sched_task_summaries')).toBe(1)
    expect(run.cloud.db.find('inbox', { kind: 'task_weekly' })).toHaveLength(before)
  })
})

describe('a prefecture task over two counties', () => {
  test('each county invocation writes its own places, and the prefecture’s summary follows once both are in', async () => {
    const at = new Date(WEDNESDAY)
    const unit = (_id: string, level: string, path: string[], name: string) => ({
      _id,
      code: _id.slice(2),
      name,
      level,
      parentId: path.at(-2) ?? null,
      path,
      createdAt: at,
      updatedAt: at,
    })
    run.cloud.db.insertMany('org_units', [
      unit(PREFECTURE, 'prefecture', [PREFECTURE], '南阳市'),
      unit(SECOND, 'county', [PREFECTURE, SECOND], '新城县'),
    ])
    await db
      .collection('org_units')
      .doc(COUNTY)
      .update({ data: { path: [PREFECTURE, COUNTY], parentId: PREFECTURE } })
    const [template] = run.cloud.db.find('people', { openid: 'demo-supervisor' })
    run.cloud.db.insertMany('people', [
      {
        ...template,
        _id: 'p-pref-sup',
        openid: 'pref-supervisor',
        phoneHash: 'pref-sup',
        homeUnitId: PREFECTURE,
        roles: [{ role: 'supervisor', unitIds: [PREFECTURE] }],
      },
    ])
    const { taskId: t } = await ok<{ taskId: string }>(
      assign(
        {
          title: '周调度：驻村干部在岗',
          unitIds: [COUNTY, SECOND],
          deadline: '2026-12-31',
          measure: { kind: 'count', target: 20, unitLabel: '人' },
        },
        'pref-supervisor',
      ),
    )
    await ok(report({ taskId: t, unitId: COUNTY, value: 18, note: '2 人请假' }, 'demo-admin'))
    const before = run.cloud.invoker.records.filter((r) => r.fn === 'task').length
    // Replays the Monday: the job runs again for both counties (the county's own summary stays).
    await forgetJobRuns()
    expect(await fireWeekly()).toMatchObject({ ok: true })
    // The timer, then one invocation per county.
    expect(run.cloud.invoker.records.filter((r) => r.fn === 'task').length - before).toBe(3)
    const { summaries } = await ok<{ summaries: WeeklySummary[] }>(
      run.call('task', 'listWeeklySummaries', {}, 'pref-supervisor'),
    )
    // Its own 周通报, and (to read) the one 宛城区 wrote for the task it gave its townships.
    expect(summaries.map((s) => [s.unitName, s.levelLabel]).sort()).toEqual([
      ['南阳市', '州/市'],
      ['宛城区', '县'],
    ])
    expect(summaries.find((s) => s.unitName === '南阳市')?.tasks[0]).toMatchObject({
      figures: { units: 2, reported: 1, done: 0, percent: 45, met: false },
      behind: ['宛城区', '新城县'],
    })
    expect(run.cloud.db.find('inbox', { kind: 'task_weekly', personId: 'p-pref-sup' })).toHaveLength(1)
  })
})
