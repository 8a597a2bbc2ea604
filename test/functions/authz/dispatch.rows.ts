import type { AuthzRows, Identity } from './types'
import type { RunningCloud } from '../../helpers/local-cloud'
import { addPerson, randomPhone } from '../org/fixtures'
import { adminCadre } from './self-cases'

const ADMIN: readonly Identity[] = ['demo-admin']

/** A fresh 派出单位 of the demo county, registered by its admin (a random name, so rows never collide). */
async function unit(run: RunningCloud): Promise<string> {
  const phone = randomPhone()
  const res = (await run.call(
    'org',
    'registerDispatchUnit',
    { name: `矩阵单位${phone.slice(-6)}`, kind: 'county', contactName: '联络员', contactPhone: phone },
    'demo-admin',
  )) as { ok: boolean; data: { id: string } }
  if (!res.ok) throw new Error('could not register a 派出单位')
  return res.data.id
}

/** The 派出单位 and 年度考核 actions of org: a county admin's, and a contact's for their own unit only. */
export const orgDispatchRows: AuthzRows = {
  // Each county keeps its own register (the other county's admin sees theirs); a 州/市's is not built yet.
  listDispatchUnits: {
    input: () => ({}),
    allowed: [...ADMIN, 'demo-admin-b'],
    notMirrored: ['demo-pref-admin'],
  },
  registerDispatchUnit: {
    input: () => {
      const phone = randomPhone()
      return { name: `矩阵登记${phone.slice(-6)}`, kind: 'city', contactName: '联络员', contactPhone: phone }
    },
    allowed: [...ADMIN, 'demo-admin-b'],
    notMirrored: ['demo-pref-admin'],
  },
  updateDispatchUnit: {
    input: async (run) => ({
      dispatchUnitId: await unit(run),
      name: `矩阵修改${randomPhone().slice(-6)}`,
      kind: 'enterprise',
      contactName: '新联络员',
      contactPhone: randomPhone(),
    }),
    allowed: ADMIN,
  },
  archiveDispatchUnit: { input: async (run) => ({ dispatchUnitId: await unit(run) }), allowed: ADMIN },
  assignDispatchUnit: {
    input: async (run) => ({ personId: addPerson(run).id, dispatchUnitId: await unit(run) }),
    allowed: ADMIN,
  },
  listDispatchLeaves: {
    input: async (run) => ({ dispatchUnitId: await unit(run), year: 2026 }),
    allowed: ADMIN,
  },
  getAssessmentSheet: {
    input: async (run) => ({ dispatchUnitId: await unit(run), year: 2026 }),
    allowed: ADMIN,
  },
  exportAssessments: {
    input: async (run) => ({ dispatchUnitId: await unit(run), year: 2026 }),
    allowed: ADMIN,
  },
  decideAssessment: {
    input: (run) => ({
      personId: addPerson(run).id,
      year: 2025,
      grade: 'competent',
      reason: '全年在村，走访到位',
    }),
    allowed: ADMIN,
    self: (run) => ({
      openid: adminCadre(run).openid,
      input: { personId: adminCadre(run).id, year: 2025, grade: 'excellent', reason: '全年在村，走访到位' },
    }),
  },
}
