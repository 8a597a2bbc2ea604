import type { SignedInContext } from '../shared/context'
import { requireInScope, scopeUnitIds } from '../shared/auth'
import { getPerson } from '../shared/people'
import { getPosting } from '../shared/postings'
import { unitById } from '../shared/org-units'

/** The place a 排查 case key is about (person, village or posting), if it still exists. */
async function pathOfKey(ctx: SignedInContext, key: string): Promise<readonly string[] | null> {
  const [kind, id = ''] = key.split(':')
  if (kind === 'past_term') return (await getPosting(ctx.db, id))?.unitPath ?? null
  if (kind === 'no_first_secretary') return (await unitById(ctx.db, id))?.path ?? null
  if (kind !== 'long_absence') return null
  const person = await getPerson(ctx.db, id)
  return person ? ((await unitById(ctx.db, person.homeUnitId))?.path ?? null) : null
}

/** A case of another county is refused as such, not reported as gone: counties never act on each other. */
export async function refuseOutOfScopeCase(ctx: SignedInContext, key: string): Promise<void> {
  const path = await pathOfKey(ctx, key)
  if (path) requireInScope(path, scopeUnitIds(ctx.caller, ['admin']))
}
