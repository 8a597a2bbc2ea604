import { ALL, EVERYONE, type AuthzRows, type Identity } from './types'
import { addPerson, COUNTY, FIRST_VILLAGE, freshOpenid, personIdOf } from '../org/fixtures'
import { PREFECTURE } from '../../helpers/prefecture'
import { ownBindRequest, ownRosterCase } from './self-cases'
import { orgDispatchRows } from './dispatch.rows'
import { orgLevelRows } from './levels.rows'
import type { RunningCloud } from '../../helpers/local-cloud'

/** Everyone whose scope covers 瓦店镇's first village. */
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
const ADMIN: readonly Identity[] = ['demo-admin']
/** Who oversees 瓦店镇's first village: the county admin and supervisor, its township leaders. */
const OVERSEERS: readonly Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']
const TERM = { batch: '第四批', startDay: '2026-01-05', plannedEndDay: '2028-01-04' }
/** Every bound identity: binding again is a failed precondition (当前微信已绑定…), not a permission question. */
const BOUND: readonly Identity[] = ALL

async function freshCode(run: RunningCloud): Promise<string> {
  const res = (await run.call('org', 'issueBindCode', { personId: addPerson(run).id }, 'demo-admin')) as {
    ok: boolean
    data: { code: string }
  }
  if (!res.ok) throw new Error('could not issue a bind code')
  return res.data.code
}

export const orgRows: AuthzRows = {
  // Re-running the step needs admin scope over both: the 州/市 admin (the county's admin does not hold the 州/市).
  attachCounty: {
    input: () => ({ countyId: COUNTY, prefectureId: PREFECTURE }),
    allowed: ['demo-pref-admin'],
  },
  // What an admin may place under a 州/市 (their own list, possibly empty): every admin.
  listPlacements: { input: () => ({}), allowed: ['demo-admin', 'demo-admin-b', 'demo-pref-admin'] },
  getWorkbench: { input: () => ({}), allowed: ALL },
  // Only ever the caller's own setting: every signed-in person may set theirs.
  setCardPhone: { input: () => ({ choice: 'none' }), allowed: ALL },
  listUnits: { input: () => ({ parentId: FIRST_VILLAGE }), allowed: IN_SCOPE },
  getUnit: { input: () => ({ unitId: FIRST_VILLAGE }), allowed: IN_SCOPE },
  listPeople: { input: () => ({ unitId: FIRST_VILLAGE }), allowed: IN_SCOPE },
  listHouseholds: { input: () => ({ villageId: FIRST_VILLAGE }), allowed: IN_SCOPE },
  // Binding is the door for people who are not bound yet: anyone may knock (bound users get failed-precondition).
  getMyBinding: { input: () => ({}), allowed: EVERYONE },
  bindWithCode: {
    input: async (run) => ({ code: await freshCode(run) }),
    allowed: ['o-stranger'],
    precondition: BOUND,
    // The stranger must stay unbound for the rows after this one.
    after: (run, identity) =>
      identity === 'o-stranger'
        ? run.call('org', 'unbindPerson', { personId: personIdOf(run, 'o-stranger') }, 'demo-admin')
        : undefined,
  },
  requestBinding: {
    input: (run) => {
      const person = addPerson(run)
      return { name: person.name, phone: person.phone }
    },
    allowed: ['o-stranger'],
    precondition: BOUND,
  },
  issueBindCode: { input: (run) => ({ personId: addPerson(run).id }), allowed: ADMIN },
  // The other county's admin lists (and sets) its own county's: allowed, and nothing of this county.
  listBindRequests: { input: () => ({}), allowed: [...ADMIN, 'demo-admin-b'] },
  decideBindRequest: {
    input: (run) => {
      const person = addPerson(run)
      const id = `r-${person.id}`
      run.cloud.db.insertMany('bind_requests', [
        {
          _id: id,
          openid: freshOpenid(),
          personId: person.id,
          status: 'pending',
          createdAt: new Date(),
          decidedAt: null,
          decidedBy: null,
        },
      ])
      return { requestId: id, approve: false }
    },
    allowed: ADMIN,
    self: ownBindRequest,
  },
  unbindPerson: {
    input: (run) => ({ personId: addPerson(run, { openid: freshOpenid() }).id }),
    allowed: ADMIN,
  },
  revokePerson: { input: (run) => ({ personId: addPerson(run).id }), allowed: ADMIN },
  revealSensitive: {
    input: (run) => ({ targetType: 'person', targetId: addPerson(run).id, field: 'phone' }),
    allowed: ADMIN,
  },
  listAudit: { input: () => ({}), allowed: [...ADMIN, 'demo-admin-b'] },
  // The seed's radius again, so the matrix leaves the village as it found it.
  updateVillage: { input: () => ({ villageId: FIRST_VILLAGE, radiusM: 500 }), allowed: ADMIN },
  getSettings: { input: () => ({}), allowed: [...ADMIN, 'demo-admin-b'] },
  postCadre: {
    input: (run) => ({ villageId: FIRST_VILLAGE, personId: addPerson(run).id, teamRole: 'member', ...TERM }),
    allowed: ADMIN,
  },
  listTeam: { input: () => ({ villageId: FIRST_VILLAGE }), allowed: OVERSEERS },
  // demo-secretary reads their own history; overseers read anyone's in scope.
  listPersonPostings: { input: () => ({ personId: 'p00004' }), allowed: [...OVERSEERS, 'demo-secretary'] },
  previewHandover: { input: () => ({ postingId: 'ps-p00005-411302100200-20250301' }), allowed: ADMIN },
  endPosting: {
    input: async (run) => {
      const personId = addPerson(run).id
      await run.call(
        'org',
        'postCadre',
        { villageId: FIRST_VILLAGE, personId, teamRole: 'member', ...TERM },
        'demo-admin',
      )
      const [posting] = run.cloud.db.find('postings', { personId })
      return { postingId: posting._id, endKind: 'completion', endDay: TERM.startDay }
    },
    allowed: ADMIN,
  },
  // Only people other rows added lack a posting; the backfill changes no one's roles.
  backfillPostings: { input: () => ({ ...TERM }), allowed: [...ADMIN, 'demo-admin-b'] },
  listRosterReview: { input: () => ({}), allowed: [...ADMIN, 'demo-admin-b'] },
  // The seed's 队员 past the planned end: keeping them is a decision that changes nobody's standing.
  decideRosterCase: {
    input: () => ({
      key: 'past_term:ps-p00022-411302101200-20240901',
      decision: 'keep',
      reason: '待春季轮换',
    }),
    allowed: ADMIN,
    self: ownRosterCase,
  },
  // Switching the reminder off needs no reason and leaves it off, as the seed has it.
  updateSettings: {
    input: () => ({ section: 'reminders', values: { presenceDaily: false } }),
    allowed: [...ADMIN, 'demo-admin-b'],
  },
  ...orgDispatchRows,
  ...orgLevelRows,
}
