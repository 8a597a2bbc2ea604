import { AppError } from '@contract/errors'
import type { Role } from '@contract/domain/role'
import type { HandlerContext } from '../shared/context'
import type { PersonDoc } from '../shared/docs'
import { pathInScope, requireInScope, scopeUnitIds } from '../shared/auth'
import { unitById } from '../shared/org-units'
import { getPerson } from '../shared/people'
import { activeSecondmentsOfPeople } from '../shared/secondments'
import { getCommandBody, type CommandBodyDoc } from './repo-command-bodies'

/** The body, if its unit lies in the caller's scope (of the given roles), with its unit's name. */
export async function loadBodyInScope(
  ctx: HandlerContext,
  bodyId: string,
  roles: readonly Role[],
): Promise<{ body: CommandBodyDoc; unitName: string }> {
  const body = await getCommandBody(ctx.db, bodyId)
  if (!body) throw new AppError('not-found', '指挥部（工作站、作战室）不存在')
  requireInScope(body.unitPath, scopeUnitIds(ctx.caller, roles))
  const unit = await unitById(ctx.db, body.unitId)
  return { body, unitName: unit?.name ?? '' }
}

/**
 * Who may sit in a body the admin runs: a person whose home lies in the admin's scope, or a cadre
 * serving a 挂职 there (a 市 cadre posted to the county is homed at the 市, outside the county's scope).
 */
export async function loadMemberCandidate(
  ctx: HandlerContext,
  personId: string,
): Promise<{ person: PersonDoc; viaSecondment: boolean }> {
  const person = await getPerson(ctx.db, personId)
  if (!person || person.status !== 'active') throw new AppError('not-found', '人员不存在或已停用')
  const scope = scopeUnitIds(ctx.caller, ['admin'])
  const home = await unitById(ctx.db, person.homeUnitId)
  const [secondment] = await activeSecondmentsOfPeople(ctx.db, [person._id])
  const seconded = secondment ? pathInScope(secondment.unitPath, scope) : false
  if (home && pathInScope(home.path, scope)) return { person, viaSecondment: seconded }
  if (seconded) return { person, viaSecondment: true }
  throw new AppError('permission-denied', '该人员不在您的管辖范围内')
}
