import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, TOWNSHIP_B } from '../../helpers/prefecture'
import type { TaskView, WeeklySummary } from '../../../types/api/task'
import { COUNTY, FIRST_TOWNSHIP, fail, ok } from '../org/fixtures'

let run: RunningCloud
let wanchengTask = ''
let wolongTask = ''
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-11-18T02:00:00.000Z' })
  await addPrefecture(run)
  const give = async (unitId: string, openid: string) =>
    (
      await ok<{ taskId: string }>(
        run.call(
          'task',
          'assignTask',
          {
            title: `周调度：${unitId}`,
            unitIds: [unitId],
            deadline: '2026-12-31',
            measure: { kind: 'count', target: 10, unitLabel: '户' },
          },
          openid,
        ),
      )
    ).taskId
  wanchengTask = await give(FIRST_TOWNSHIP, 'demo-admin')
  wolongTask = await give(TOWNSHIP_B, 'demo-admin-b')
  await ok(
    run.call(
      'task',
      'reportProgress',
      { taskId: wanchengTask, unitId: FIRST_TOWNSHIP, value: 4, note: '' },
      'demo-township',
    ),
  )
}, 60_000)
afterAll(() => run.stop())

const ids = (tasks: readonly TaskView[]) => tasks.map((t) => t.id).sort()
const listOf = async (openid: string) =>
  (await ok<{ tasks: TaskView[] }>(run.call('task', 'listTasks', {}, openid))).tasks

describe('a 州/市 reads the tasks its counties gave their townships', () => {
  test('the 州/市 supervisor and admin list the tasks of both counties beneath them, not as the issuer', async () => {
    for (const openid of ['demo-pref-supervisor', 'demo-pref-admin']) {
      const tasks = await listOf(openid)
      expect(ids(tasks)).toEqual([wanchengTask, wolongTask].sort())
      expect(tasks.every((t) => !t.issuedByMe && t.mine.length === 0)).toBe(true)
    }
  })

  test('the 州/市 supervisor sees every township’s row of a county’s task', async () => {
    const { task, rows } = await ok<{ task: TaskView; rows: Array<{ unitId: string; value: number }> }>(
      run.call('task', 'getTask', { taskId: wanchengTask }, 'demo-pref-supervisor'),
    )
    expect(task.issuerUnitName).toBe('宛城区')
    expect(rows).toMatchObject([{ unitId: FIRST_TOWNSHIP, value: 4 }])
  })

  test('reading is all: the 州/市 cannot report progress for a county’s township', async () => {
    const res = await fail(
      run.callRaw(
        'task',
        'reportProgress',
        { taskId: wanchengTask, unitId: FIRST_TOWNSHIP, value: 9, note: '' },
        'demo-pref-supervisor',
      ),
    )
    expect(res.code).toBe('permission-denied')
  })

  test('counties never see each other’s tasks', async () => {
    expect(ids(await listOf('demo-admin'))).toEqual([wanchengTask])
    expect(ids(await listOf('demo-admin-b'))).toEqual([wolongTask])
    const res = await fail(run.callRaw('task', 'getTask', { taskId: wanchengTask }, 'demo-admin-b'))
    expect(res.code).toBe('permission-denied')
  })
})

describe('a 州/市 reads its counties’ weekly summaries', () => {
  test('the county’s 周通报 is listed for the 州/市 and downloadable, but not for the other county', async () => {
    const { fileID } = run.cloud.store.upload(
      `exports/task-weekly/${COUNTY}_2026-11-09/调度任务周通报-宛城区.xlsx`,
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    )
    run.cloud.db.insertMany('sched_task_summaries', [
      {
        _id: `${COUNTY}_2026-11-09`,
        unitId: COUNTY,
        unitName: '宛城区',
        level: 'county',
        week: '2026-11-09',
        fileID,
        fileName: '调度任务周通报-宛城区-2026-11-09.xlsx',
        tasks: [],
        createdAt: new Date(),
      },
    ])
    const list = async (openid: string) =>
      (await ok<{ summaries: WeeklySummary[] }>(run.call('task', 'listWeeklySummaries', {}, openid)))
        .summaries
    expect((await list('demo-pref-supervisor')).map((s) => s.unitName)).toEqual(['宛城区'])
    expect(await list('demo-admin-b')).toEqual([])
    const file = await ok<{ fileName: string }>(
      run.call('task', 'getWeeklyFile', { summaryId: `${COUNTY}_2026-11-09` }, 'demo-pref-admin'),
    )
    expect(file.fileName).toBe('调度任务周通报-宛城区-2026-11-09.xlsx')
    const refused = await fail(
      run.callRaw('task', 'getWeeklyFile', { summaryId: `${COUNTY}_2026-11-09` }, 'demo-admin-b'),
    )
    expect(refused.code).toBe('permission-denied')
  })
})
