import { postingViewSchema } from '@contract/api/org-postings'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { getUnitsByIds } from '../../shared/org-units'
import { getPerson, namesByIds } from '../../shared/people'
import { postingsOfPerson } from '../../shared/postings'
import { AppError } from '@contract/errors'
import { postingView } from '../posting-view'
import { loadPersonInScope } from '../scope'

/** A person's postings, ended ones too, newest first: the cadre's own, or anyone's an overseer covers. */
export const listPersonPostings: Handler<'org', 'listPersonPostings'> = async (input, ctx) => {
  const own = input.personId === ctx.caller.person._id
  const person = own
    ? await getPerson(ctx.db, input.personId)
    : (await loadPersonInScope(ctx, input.personId, ['admin', 'supervisor', 'township_leader'])).person
  if (!person) throw new AppError('not-found', '人员不存在')
  const postings = (await postingsOfPerson(ctx.db, person._id)).reverse()
  const [villages, people] = await Promise.all([
    getUnitsByIds(
      ctx.db,
      postings.map((p) => p.villageId),
    ),
    namesByIds(
      ctx.db,
      postings.flatMap((p) => (p.successorId ? [p.successorId] : [])),
    ),
  ])
  const names = { villages: new Map([...villages.values()].map((u) => [u._id, u.name])), people }
  const today = shanghaiDay(ctx.now)
  const { items, skipped } = viewsOf(ctx, postings, (p) => postingView(p, names, today), postingViewSchema)
  return { personId: person._id, personName: person.name, items, skipped }
}
