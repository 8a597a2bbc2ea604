import { randomUUID } from 'node:crypto'
import { blankForm } from '../../../types/domain/visit-form'
import type { RunningCloud } from '../../helpers/local-cloud'
import { uploadAs } from '../../helpers/uploads'
import { ALL, EVERYONE, type AuthzRows, type Identity } from './types'
import { COUNTY } from '../org/fixtures'

const FIRST_VILLAGE = 'u-411302100200'
/** Paired with demo-pairing only; H3 also with demo-multi. */
const H1 = 'h-411302100200-001'
const H3 = 'h-411302100200-003'
const CARD = 'WDZMBKA234'

const IN_SCOPE: readonly Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-township',
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-multi',
]
const TEAM: readonly Identity[] = ['demo-secretary', 'demo-member', 'demo-village']
const OVERSEERS: readonly Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']

function visitInput(householdId: string) {
  const at = new Date(Date.now() - 10 * 60000)
  return {
    clientId: randomUUID(),
    householdId,
    formVersion: 1,
    form: blankForm(),
    startedAt: at.toISOString(),
    endedAt: new Date().toISOString(),
    startLocation: null,
    endLocation: null,
    photoCount: 1,
  }
}

/** A fresh visit of H1 made by demo-pairing, for the actions that act on a visit. */
async function pairingVisit(run: RunningCloud): Promise<{ visitId: string; clientId: string }> {
  const input = visitInput(H1)
  const res = (await run.call('visit', 'submitVisit', input, 'demo-pairing')) as {
    ok: boolean
    data: { visitId: string }
  }
  if (!res.ok) throw new Error('could not create a visit for the authorization row')
  return { visitId: res.data.visitId, clientId: input.clientId }
}

/** A fresh measure of H1, added by the village team with demo-pairing responsible. */
async function freshMeasure(run: RunningCloud): Promise<string> {
  const [pairing] = run.cloud.db.find('people', { openid: 'demo-pairing' })
  const res = (await run.call(
    'visit',
    'addMeasure',
    {
      householdId: H1,
      measure: {
        type: 'employment',
        responsibleId: String(pairing._id),
        startDay: '2026-11-01',
        plannedDay: '2027-06-30',
      },
    },
    'demo-secretary',
  )) as { ok: boolean; data: { measure: { id: string } } }
  if (!res.ok) throw new Error('could not add a measure for the authorization row')
  return res.data.measure.id
}

export const visitRows: AuthzRows = {
  // 帮扶措施: the village team, the household's pairing cadre and overseers in scope.
  addMeasure: {
    input: (run) => ({
      householdId: H1,
      measure: {
        type: 'medical',
        responsibleId: String(run.cloud.db.find('people', { openid: 'demo-pairing' })[0]._id),
        startDay: '2026-11-01',
        plannedDay: '2027-06-30',
      },
    }),
    allowed: IN_SCOPE,
  },
  updateMeasureStatus: {
    input: async (run) => ({ measureId: await freshMeasure(run), status: 'in_progress' }),
    allowed: IN_SCOPE,
  },
  listMeasures: { input: () => ({ householdId: H1 }), allowed: IN_SCOPE },
  listHouseholdVisits: { input: () => ({ villageId: FIRST_VILLAGE }), allowed: IN_SCOPE },
  getHousehold: { input: () => ({ householdId: H1 }), allowed: IN_SCOPE },
  // The village team visits any household; pairing cadres their own (demo-multi is paired with H3).
  submitVisit: { input: () => visitInput(H3), allowed: [...TEAM, 'demo-pairing', 'demo-multi'] },
  attachPhoto: {
    input: async (run, identity) => ({
      clientId: (await pairingVisit(run)).clientId,
      index: 0,
      fileID: await uploadAs(run, identity, 'visit'),
    }),
    allowed: ['demo-pairing'],
  },
  correctVisit: {
    input: async (run) => ({
      visitId: (await pairingVisit(run)).visitId,
      clientId: randomUUID(),
      baseVersion: 1,
      form: blankForm(),
      reason: '更正',
    }),
    allowed: [...TEAM, 'demo-pairing'],
  },
  getVisit: { input: async (run) => ({ visitId: (await pairingVisit(run)).visitId }), allowed: IN_SCOPE },
  listVisits: { input: () => ({ villageId: FIRST_VILLAGE }), allowed: IN_SCOPE },
  reviewVisit: {
    input: async (run) => ({ visitId: (await pairingVisit(run)).visitId, kind: 'comment', comment: '已阅' }),
    allowed: OVERSEERS,
    // demo-multi oversees 瓦店镇 and pairs with H3: their own visit of H3 is not theirs to review.
    self: async (run) => {
      const res = (await run.call('visit', 'submitVisit', visitInput(H3), 'demo-multi')) as {
        ok: boolean
        data: { visitId: string }
      }
      if (!res.ok) throw new Error('could not create demo-multi’s visit')
      return { openid: 'demo-multi', input: { visitId: res.data.visitId, kind: 'return', comment: '请补充' } }
    },
  },
  shareVisit: {
    input: async (run) => ({ visitId: (await pairingVisit(run)).visitId, shared: true }),
    allowed: [...OVERSEERS, ...TEAM],
  },
  // Examples are for every village's team and every overseer of the county; pairing cadres only visit.
  listSharedVisits: { input: () => ({}), allowed: ALL.filter((i) => i !== 'demo-pairing') },
  issueCard: { input: () => ({ householdId: H1 }), allowed: ['demo-admin', ...TEAM, 'demo-pairing'] },
  getCard: { input: () => ({ code: CARD }), allowed: EVERYONE },
  getMyCoverage: { input: () => ({}), allowed: [...TEAM, 'demo-pairing', 'demo-multi', 'demo-secretary-b'] },
  getCoverage: { input: () => ({ unitId: FIRST_VILLAGE }), allowed: [...OVERSEERS, ...TEAM] },
  // The 走访周期 is a county's: a 州/市 grant names no county.
  getPolicy: {
    input: () => ({}),
    allowed: ALL.filter((i) => i !== 'demo-pref-admin' && i !== 'demo-pref-supervisor'),
    precondition: ['demo-pref-admin', 'demo-pref-supervisor'],
  },
  setPolicy: {
    input: () => ({ periodMonths: 1, reason: '维持每月走访' }),
    allowed: ['demo-admin', 'demo-admin-b'],
    precondition: ['demo-pref-admin'],
  },
  repathRecords: { input: () => ({ countyId: COUNTY }), allowed: ['demo-admin'] },
  setKindPeriods: {
    input: () => ({ byKind: { monitored: 1, lifted: 3, ordinary: 0 }, reason: '按省定走访要求' }),
    allowed: ['demo-admin', 'demo-admin-b'],
    // Visit periods are a county's: a 州/市 admin is told to pick a county.
    precondition: ['demo-pref-admin'],
  },
  exportVisits: { input: () => ({ unitId: FIRST_VILLAGE }), allowed: [...OVERSEERS, ...TEAM] },
}
