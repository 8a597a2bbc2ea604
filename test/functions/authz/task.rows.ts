import type { RunningCloud } from '../../helpers/local-cloud'
import { ALL, type AuthzRows, type Identity } from './types'
import { COUNTY, FIRST_VILLAGE } from '../org/fixtures'

/** Supervisors whose scope holds 瓦店镇's first village: they may give it a task. */
const OVER_VILLAGE: readonly Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']
/** The county's supervisors: a task the county issued, and its weekly summary, are theirs. */
const COUNTY_SUPERVISORS: readonly Identity[] = ['demo-admin', 'demo-supervisor']
/** Everyone holding a role on the village itself reports for it. */
const OF_VILLAGE: readonly Identity[] = [
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-multi',
]
const SUPERVISING: readonly Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-supervisor-b',
  'demo-township',
  'demo-township-b',
  'demo-multi',
]

/** A task the county gives 瓦店镇's first village. */
async function villageTask(run: RunningCloud): Promise<string> {
  const res = (await run.call(
    'task',
    'assignTask',
    {
      title: '周统计：走访进度',
      unitIds: [FIRST_VILLAGE],
      deadline: '2026-12-31',
      measure: { kind: 'share', targetPercent: 85 },
    },
    'demo-admin',
  )) as { ok: boolean; data: { taskId: string } }
  if (!res.ok) throw new Error(`could not assign a task: ${JSON.stringify(res)}`)
  return res.data.taskId
}

let summaries = 0
/** A stored weekly summary of the county, with its file. */
function countySummary(run: RunningCloud): { summaryId: string } {
  const id = `${COUNTY}_2026-11-${String(++summaries).padStart(2, '0')}`
  const { fileID } = run.cloud.store.upload(
    `exports/task-weekly/${id}/调度任务周通报-宛城区.xlsx`,
    Buffer.from([0x50, 0x4b, 0x03, 0x04]), // a zip's signature, as an xlsx starts
  )
  run.cloud.db.insertMany('sched_task_summaries', [
    {
      _id: id,
      unitId: COUNTY,
      unitName: '宛城区',
      level: 'county',
      week: '2026-11-16',
      fileID,
      fileName: '调度任务周通报-宛城区.xlsx',
      tasks: [],
      createdAt: new Date(),
    },
  ])
  return { summaryId: id }
}

export const taskRows: AuthzRows = {
  assignTask: {
    input: () => ({
      title: '周调度',
      unitIds: [FIRST_VILLAGE],
      deadline: '2026-12-31',
      measure: { kind: 'count', target: 5, unitLabel: '户' },
    }),
    allowed: OVER_VILLAGE,
  },
  listTasks: { input: () => ({}), allowed: ALL },
  getTask: {
    input: async (run) => ({ taskId: await villageTask(run) }),
    // A task is the issuer's and its units'; the 州/市 above the issuing county reads it (mirrors the county).
    allowed: [...COUNTY_SUPERVISORS, ...OF_VILLAGE],
  },
  reportProgress: {
    input: async (run) => ({
      taskId: await villageTask(run),
      unitId: FIRST_VILLAGE,
      value: 1,
      note: '已完成',
    }),
    allowed: OF_VILLAGE,
  },
  listWeeklySummaries: { input: () => ({}), allowed: [...SUPERVISING, 'demo-admin-b'] },
  getWeeklyFile: {
    input: (run) => countySummary(run),
    allowed: COUNTY_SUPERVISORS,
  },
}
