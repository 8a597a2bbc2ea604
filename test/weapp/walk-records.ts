/**
 * Records the walk opens by id that the demo seed does not hold, made through the functions as people
 * would make them (on the demo day, in 瓦店镇 and its county), so each page has something real to show.
 */
import type { LocalCloud } from '../../emulator/local-cloud'

export interface WalkRecords {
  urgeId: string
  caseId: string
  commandBodyId: string
  reviewSessionId: string
  taskId: string
}

export const WALK_COUNTY = 'u-411302'
export const WALK_TOWNSHIP = 'u-411302100'
/** The names the pages show, for the walk's phrases. */
export const COMMAND_BODY_NAME = '宛城区脱贫攻坚指挥部'
export const REVIEW_SESSION_TITLE = '瓦店镇驻村干部述职评议会'
export const TASK_TITLE = '村党组织书记“一肩挑”'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** The id a successful reply carries under `key`; anything else stops the run with the reply. */
async function idFrom(what: string, reply: Promise<unknown>, key: string): Promise<string> {
  const r = await reply
  const id = isRecord(r) && r.ok === true && isRecord(r.data) ? r.data[key] : undefined
  if (typeof id !== 'string') throw new Error(`could not create ${what} for the walk: ${JSON.stringify(r)}`)
  return id
}

export async function walkRecords(cloud: LocalCloud): Promise<WalkRecords> {
  const [secretary] = cloud.db.find('people', { openid: 'demo-secretary' })
  if (typeof secretary?._id !== 'string') throw new Error('the seed has no demo-secretary')
  const urgeId = await idFrom(
    'an urge',
    cloud.call(
      'notice',
      'sendUrge',
      {
        topic: 'presence',
        filter: 'manual',
        personIds: [secretary._id],
        title: '请补齐在村记录',
        body: '本周在村记录不全，请及时补录。',
      },
      'demo-township',
    ),
    'urgeId',
  )
  // A 防返贫 case waiting for the village review, for the case page.
  const caseId = await idFrom(
    'a monitoring case',
    cloud.call(
      'monitor',
      'recordApplication',
      {
        // A 脱贫户 not under monitoring (the seed's 001 and 003 already are).
        householdId: 'h-411302100200-002',
        risks: ['illness'],
        incomePerCapita: 5200,
        note: '户主突发重病住院',
      },
      'demo-pairing',
    ),
    'caseId',
  )
  const commandBodyId = await idFrom(
    'a command body',
    cloud.call('org', 'createCommandBody', { unitId: WALK_COUNTY, name: COMMAND_BODY_NAME }, 'demo-admin'),
    'id',
  )
  const reviewSessionId = await idFrom(
    'a review session',
    cloud.call(
      'presence',
      'createReviewSession',
      {
        level: 'township',
        unitId: WALK_TOWNSHIP,
        date: '2026-11-18',
        title: REVIEW_SESSION_TITLE,
        attendees: ['张三', '李四', '王五'],
      },
      'demo-township',
    ),
    'id',
  )
  const taskId = await idFrom(
    'a task',
    cloud.call(
      'task',
      'assignTask',
      {
        title: TASK_TITLE,
        unitIds: [WALK_TOWNSHIP],
        deadline: '2026-12-31',
        measure: { kind: 'share', targetPercent: 85 },
      },
      'demo-admin',
    ),
    'taskId',
  )
  return { urgeId, caseId, commandBodyId, reviewSessionId, taskId }
}
