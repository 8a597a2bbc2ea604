import { shanghaiDay } from '@contract/domain/presence-time'
import { backfillPostings as fromRoster } from '@contract/domain/posting-backfill'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { unitsUnder } from '../../shared/org-units'
import { activePeopleOfUnits } from '../../shared/people'
import { insertPostings, postingsUnder, type PostingDoc } from '../../shared/postings'
import { checkTerm, postingIdOf } from '../posting-start'
import { adminCounty } from '../settings-view'

/**
 * Teams for a county that had people with village roles before postings existed: every 驻村干部 without
 * a posting gets one in their village (the 第一书记 as 队长 where the village has none). Running it again
 * adds nothing for people already posted; their work and grants are untouched.
 */
export const backfillPostings: Handler<'org', 'backfillPostings'> = async (input, ctx) => {
  checkTerm(input)
  const county = await adminCounty(ctx)
  const [townships, villages, active] = await Promise.all([
    unitsUnder(ctx.db, [county._id], 'township'),
    unitsUnder(ctx.db, [county._id], 'village'),
    postingsUnder(ctx.db, county._id, 'active'),
  ])
  const people = await activePeopleOfUnits(ctx.db, [
    county._id,
    ...townships.map((t) => t._id),
    ...villages.map((v) => v._id),
  ])
  const pathOf = new Map(villages.map((v) => [v._id, v.path]))
  const made = fromRoster(
    people,
    new Set(pathOf.keys()),
    new Set(active.map((p) => p.personId)),
    new Set(active.filter((p) => p.teamRole === 'leader').map((p) => p.villageId)),
  )
  const docs: PostingDoc[] = made.map((m) => ({
    _id: postingIdOf(m.personId, m.villageId, input.startDay),
    ...m,
    unitPath: pathOf.get(m.villageId) ?? [],
    batch: input.batch,
    startDay: input.startDay,
    plannedEndDay: input.plannedEndDay,
    status: 'active',
    endedDay: null,
    endKind: null,
    recallReason: null,
    endNote: null,
    successorId: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }))
  await insertPostings(ctx.db, docs)
  const leaders = docs.filter((d) => d.teamRole === 'leader').length
  if (docs.length > 0)
    await writeAudit(
      ctx,
      'posting',
      county._id,
      `按现有名单生成工作队任职 ${docs.length} 条（队长 ${leaders} 名），${input.batch}，${input.startDay} 至 ${input.plannedEndDay}；截至 ${shanghaiDay(ctx.now)}`,
    )
  return { created: docs.length, leaders }
}
