import { randomBytes } from 'node:crypto'
import type { AuthzRows, Identity } from './types'
import type { RunningCloud } from '../../helpers/local-cloud'
import { addPerson, COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE } from '../org/fixtures'

const ADMIN: readonly Identity[] = ['demo-admin']
/** Who oversees 瓦店镇: the county admin and supervisor, its township leaders. */
const OVERSEERS: readonly Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']
const TERM = { batch: '十百千', startDay: '2026-03-01', plannedEndDay: '2028-02-28' }
const BODY = 'cb-411302100200'

const countyPerson = (run: RunningCloud) =>
  addPerson(run, { homeUnitId: COUNTY, roles: [{ role: 'supervisor', unitIds: [COUNTY] }] }).id

async function must(res: Promise<unknown>): Promise<{ id: string }> {
  const env = (await res) as { ok: boolean; data: { id: string } }
  if (!env.ok) throw new Error('could not prepare the row')
  return env.data
}

/** A fresh village in 瓦店镇 (one body per unit, so each allowed caller sets up its own). */
function freshVillage(run: RunningCloud): string {
  const [town] = run.cloud.db.find('org_units', { _id: FIRST_TOWNSHIP }) as Array<{ path: string[] }>
  const id = `u-mx${randomBytes(5).toString('hex')}`
  run.cloud.db.insertMany('org_units', [
    {
      _id: id,
      code: id.slice(2),
      name: '矩阵村',
      level: 'village',
      parentId: FIRST_TOWNSHIP,
      path: [...town.path, id],
      center: { type: 'Point', coordinates: [112.5, 33.0] },
      radiusM: 500,
      flags: { poor: false, weak: false },
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ])
  return id
}

/** The first village's 作战室, set up by the county admin the first time a row needs it. */
async function villageBody(run: RunningCloud): Promise<string> {
  if (run.cloud.db.find('command_bodies', { _id: BODY }).length === 0)
    await must(
      run.call('org', 'createCommandBody', { unitId: FIRST_VILLAGE, name: '村级作战室' }, 'demo-admin'),
    )
  return BODY
}

/** 挂职 and command bodies: admins of the scope write, its overseers read; the other county neither. */
export const orgLevelRows: AuthzRows = {
  postSecondment: {
    input: (run) => ({ unitId: FIRST_TOWNSHIP, personId: countyPerson(run), position: '副镇长', ...TERM }),
    allowed: ADMIN,
  },
  endSecondment: {
    input: async (run) => {
      const personId = countyPerson(run)
      const s = await must(
        run.call(
          'org',
          'postSecondment',
          { unitId: FIRST_TOWNSHIP, personId, position: '副镇长', ...TERM },
          'demo-admin',
        ),
      )
      return { secondmentId: s.id, endKind: 'completion', endDay: TERM.startDay }
    },
    allowed: ADMIN,
  },
  listSecondments: { input: () => ({ unitId: FIRST_TOWNSHIP }), allowed: OVERSEERS },
  createCommandBody: { input: (run) => ({ unitId: freshVillage(run), name: '矩阵作战室' }), allowed: ADMIN },
  renameCommandBody: {
    input: async (run) => ({
      bodyId: await villageBody(run),
      name: `作战室${randomBytes(2).toString('hex')}`,
    }),
    allowed: ADMIN,
  },
  addCommandMember: {
    input: async (run) => ({
      bodyId: await villageBody(run),
      personId: countyPerson(run),
      role: 'member',
      fromDay: TERM.startDay,
    }),
    allowed: ADMIN,
  },
  endCommandMember: {
    input: async (run) => {
      const bodyId = await villageBody(run)
      const personId = countyPerson(run)
      await must(
        run.call(
          'org',
          'addCommandMember',
          { bodyId, personId, role: 'member', fromDay: TERM.startDay },
          'demo-admin',
        ),
      )
      return { bodyId, personId, untilDay: TERM.startDay }
    },
    allowed: ADMIN,
  },
  listCommandBodies: { input: () => ({ unitId: FIRST_TOWNSHIP }), allowed: OVERSEERS },
  getCommandBody: { input: async (run) => ({ bodyId: await villageBody(run) }), allowed: OVERSEERS },
}
