import { AppError } from '@contract/errors'
import type { Role } from '@contract/domain/role'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import { requireInScope, scopeUnitIds } from '../shared/auth'
import { loadUnit } from '../shared/org-units'
import { getPerson } from '../shared/people'
import { getPosting, type PostingDoc } from '../shared/postings'

/** The unit, if it lies in the caller's scope (of the given roles, or of any role). */
export async function loadUnitInScope(
  ctx: HandlerContext,
  unitId: string,
  roles?: readonly Role[],
): Promise<OrgUnitDoc> {
  const unit = await loadUnit(ctx.db, unitId, '单位不存在')
  requireInScope(unit.path, scopeUnitIds(ctx.caller, roles))
  return unit
}

/** A person is in scope when their home unit is; admins act on people of their county only. */
export async function loadPersonInScope(
  ctx: HandlerContext,
  personId: string,
  roles?: readonly Role[],
): Promise<{ person: PersonDoc; unit: OrgUnitDoc }> {
  const person = await getPerson(ctx.db, personId)
  if (!person) throw new AppError('not-found', '人员不存在')
  const unit = await loadUnitInScope(ctx, person.homeUnitId, roles)
  return { person, unit }
}

/** A posting, if its village lies in the caller's scope (of the given roles). */
export async function loadPostingInScope(
  ctx: HandlerContext,
  postingId: string,
  roles?: readonly Role[],
): Promise<PostingDoc> {
  const posting = await getPosting(ctx.db, postingId)
  if (!posting) throw new AppError('not-found', '任职记录不存在')
  requireInScope(posting.unitPath, scopeUnitIds(ctx.caller, roles))
  return posting
}
