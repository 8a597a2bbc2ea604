import { randomBytes } from 'node:crypto'
import type { RunningCloud } from '../../helpers/local-cloud'
import type { RectState } from '../../../types/domain/rectification'
import type { RectAction } from '../../../types/domain/rectification-flow'
import { addPerson, COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE, freshOpenid } from '../org/fixtures'
import { inputFor, itemIn } from '../rectify/helpers'
import type { SelfCase } from './types'
import { shanghaiDay } from '../../../types/domain/presence-time'

const FAR = { deadline: '2098-12-31' }

/**
 * A county admin who is also a work-team member in 瓦店镇's first village: every ledger and binding
 * decision is theirs to take, except on a case about themselves. One per cloud.
 */
const made = new WeakMap<RunningCloud, { id: string; openid: string }>()
export function adminCadre(run: RunningCloud): { id: string; openid: string } {
  const known = made.get(run)
  if (known) return known
  const openid = `authz-self-${randomBytes(4).toString('hex')}`
  const { id } = addPerson(run, {
    name: '兼任队员的管理员',
    openid,
    roles: [
      { role: 'admin', unitIds: [COUNTY] },
      { role: 'resident_cadre', unitIds: [FIRST_VILLAGE], post: 'team_member' },
    ],
  })
  const me = { id, openid }
  made.set(run, me)
  return me
}

/** A leader of 瓦店镇 who is also a work-team member in its first village (spot checks are theirs). */
const leaders = new WeakMap<RunningCloud, { id: string; openid: string }>()
export function leaderCadre(run: RunningCloud): { id: string; openid: string } {
  const known = leaders.get(run)
  if (known) return known
  const openid = `authz-self-${randomBytes(4).toString('hex')}`
  const { id } = addPerson(run, {
    name: '兼任队员的乡镇领导',
    openid,
    roles: [
      { role: 'township_leader', unitIds: [FIRST_TOWNSHIP] },
      { role: 'resident_cadre', unitIds: [FIRST_VILLAGE], post: 'team_member' },
    ],
  })
  leaders.set(run, { id, openid })
  return { id, openid }
}

/**
 * An item about the admin-cadre (they are its responsible person) in `state`; with `asRegistrar`
 * they registered it too (extensions are the registrar's to decide).
 */
export function ownItem(state: RectState, action: RectAction, asRegistrar = false) {
  return async (run: RunningCloud): Promise<SelfCase> => {
    const me = adminCadre(run)
    const item = await itemIn(run, state, {
      ...FAR,
      responsible: me.openid,
      registrar: asRegistrar ? me.openid : undefined,
    })
    return { openid: me.openid, input: await inputFor(action, item.id, item.version, run, me.openid) }
  }
}

/**
 * A pending escalation proposal about `personId` on one of their open items, stored as the daily job
 * stores one after a missed deadline (the matrix runs on the real clock, so no deadline can pass).
 */
export async function proposalAbout(run: RunningCloud, responsible: string): Promise<string> {
  const item = await itemIn(run, 'in_progress', { ...FAR, responsible })
  const personId = String(run.cloud.db.find('people', { openid: responsible })[0]._id)
  const id = `esc-${item.id}-authz`
  run.cloud.db.insertMany('escalations', [
    {
      _id: id,
      personId,
      personName: '授权矩阵',
      step: 'notice',
      strikeCount: 1,
      strikeKind: 'overdue',
      itemId: item.id,
      eventId: `${item.id}-v${item.version}`,
      countyId: COUNTY,
      townshipId: FIRST_TOWNSHIP,
      villageId: FIRST_VILLAGE,
      villageName: '授权矩阵村',
      itemProblem: '授权矩阵',
      status: 'pending',
      createdAt: new Date(),
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      comment: null,
    },
  ])
  return id
}

/** An escalation proposed against the admin-cadre after a missed deadline of theirs. */
export async function ownEscalation(run: RunningCloud): Promise<SelfCase> {
  const me = adminCadre(run)
  return {
    openid: me.openid,
    input: { escalationId: await proposalAbout(run, me.openid), comment: '不予处理' },
  }
}

/** A request to bind a WeChat user to the admin's own person record. */
export function ownBindRequest(run: RunningCloud): SelfCase {
  const me = adminCadre(run)
  const id = `r-self-${randomBytes(4).toString('hex')}`
  run.cloud.db.insertMany('bind_requests', [
    {
      _id: id,
      openid: freshOpenid(),
      personId: me.id,
      status: 'pending',
      createdAt: new Date(),
      decidedAt: null,
      decidedBy: null,
    },
  ])
  return { openid: me.openid, input: { requestId: id, approve: false } }
}

/** Spot checks twice confirmed the admin-cadre absent lately: a 排查 case about themselves. */
export function ownRosterCase(run: RunningCloud): SelfCase {
  const me = adminCadre(run)
  const daysAgo = (n: number) => shanghaiDay(new Date(Date.now() - n * 86_400_000))
  run.cloud.db.insertMany(
    'presence_absences',
    [5, 12].map((n) => ({
      _id: `ab-self-${me.id}-${n}`,
      spotCheckId: `sc-self-${n}`,
      personId: me.id,
      villageId: FIRST_VILLAGE,
      townshipId: FIRST_TOWNSHIP,
      day: daysAgo(n),
      month: daysAgo(n).slice(0, 7),
      excused: false,
      decision: 'confirmed',
      decidedById: 'p00003',
      decidedByName: '乡镇领导',
      decidedAt: new Date(),
      comment: '核实属实',
    })),
  )
  return {
    openid: me.openid,
    input: { key: `long_absence:${me.id}`, decision: 'keep', reason: '本人说明已知悉' },
  }
}
