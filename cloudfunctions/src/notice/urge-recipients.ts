import { AppError } from '@contract/errors'
import { dedupeKey, type UrgeFilter, type UrgeTopic } from '@contract/domain/notice'
import { shanghaiDay } from '@contract/domain/presence-time'
import { POST_LABELS, ROLE_LABELS, SUPERVISING_ROLES, VILLAGE_ROLES } from '@contract/domain/role'
import { pathInScope } from '../shared/auth'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import { INBOX } from '../shared/notify'
import { getUnitsByIds, villagesUnder } from '../shared/org-units'
import { cadresOf } from './repo-people'
import { peopleByIds } from '../shared/people'
import { overdueByPerson, presentSince, unvisitedByCadre, weekStart, type Tally } from './repo-signals'
import { scopeOf, unitInScope } from './scope'

export interface Candidate {
  person: PersonDoc
  unitName: string
  reason: string
}

export const urgeTopicKey = (topic: UrgeTopic) => `urge-${topic}`

function postOf(p: PersonDoc): string {
  const g = p.roles.find((r) => VILLAGE_ROLES.includes(r.role))
  return g ? (g.post ? POST_LABELS[g.post] : ROLE_LABELS[g.role]) : ''
}

async function fromTally(
  ctx: HandlerContext,
  tally: Tally,
  villages: Map<string, OrgUnitDoc>,
  what: string,
): Promise<Candidate[]> {
  const people = await peopleByIds(ctx.db, [...tally.keys()])
  return [...tally.entries()]
    .filter(([id]) => people.get(id)?.status === 'active')
    .map(([id, t]) => ({
      person: people.get(id) as PersonDoc,
      unitName: villages.get(t.villageId)?.name ?? '',
      reason: `${what} ${t.count} ${what.includes('走访') ? '户' : '项'}`,
    }))
}

/** The cadres a filter picks inside the caller's scope (or one unit of it). */
export async function urgeCandidates(
  ctx: HandlerContext,
  filter: UrgeFilter,
  unitId?: string,
): Promise<Candidate[]> {
  const roots = unitId
    ? [(await unitInScope(ctx, unitId, SUPERVISING_ROLES))._id]
    : scopeOf(ctx, SUPERVISING_ROLES)
  const villages = await villagesUnder(ctx.db, roots)
  const byId = new Map(villages.map((v) => [v._id, v]))
  const ids = villages.map((v) => v._id)
  let list: Candidate[]
  if (filter === 'overdue_items')
    list = await fromTally(ctx, await overdueByPerson(ctx.db, ids, ctx.now), byId, '逾期整改')
  else if (filter === 'unvisited_month')
    list = await fromTally(ctx, await unvisitedByCadre(ctx.db, ids, ctx.now), byId, '本周期未走访')
  else if (filter === 'no_presence_week') {
    const present = await presentSince(ctx.db, ids, weekStart(ctx.now))
    const residents = await cadresOf(ctx.db, villages, ['resident_cadre'])
    list = residents
      .filter((c) => !present.has(c.person._id))
      .map((c) => ({
        person: c.person,
        unitName: c.village.name,
        reason: `本周无在村记录（${postOf(c.person)}）`,
      }))
  } else {
    list = (await cadresOf(ctx.db, villages)).map((c) => ({
      person: c.person,
      unitName: c.village.name,
      reason: postOf(c.person),
    }))
  }
  return list.sort((a, b) => a.unitName.localeCompare(b.unitName) || a.person._id.localeCompare(b.person._id))
}

/** Person ids already urged on this topic today (their inbox record for the day exists). */
export async function urgedToday(
  ctx: HandlerContext,
  personIds: readonly string[],
  topic: UrgeTopic,
): Promise<Set<string>> {
  const day = shanghaiDay(ctx.now)
  const keys = new Map(personIds.map((id) => [dedupeKey(id, urgeTopicKey(topic), day), id]))
  const done = new Set<string>()
  const all = [...keys.keys()]
  for (let i = 0; i < all.length; i += 500) {
    const res = await ctx.db
      .collection(INBOX)
      .where({ _id: ctx.db.command.in(all.slice(i, i + 500)) })
      .field({ _id: true })
      .limit(1000)
      .get<{ _id: string }>()
    res.data.forEach((r) => done.add(keys.get(r._id) as string))
  }
  return done
}

/** The chosen recipients, each checked against the caller's scope through the units of their grants. */
export async function recipientsInScope(
  ctx: HandlerContext,
  personIds: readonly string[],
): Promise<Array<{ person: PersonDoc; unitName: string }>> {
  const scope = new Set(scopeOf(ctx, SUPERVISING_ROLES))
  const people = await peopleByIds(ctx.db, personIds)
  const units = await getUnitsByIds(
    ctx.db,
    [...people.values()].flatMap((p) => [p.homeUnitId, ...p.roles.flatMap((g) => g.unitIds)]),
  )
  return [...new Set(personIds)].map((id) => {
    const person = people.get(id)
    if (!person || person.status !== 'active') throw new AppError('not-found', '收件人不存在或已停用')
    const villageUnits = person.roles
      .filter((g) => VILLAGE_ROLES.includes(g.role))
      .flatMap((g) => g.unitIds)
      .map((u) => units.get(u))
      .filter((u): u is OrgUnitDoc => !!u)
    const inScope = villageUnits.find((u) => pathInScope(u.path, scope))
    if (!inScope) throw new AppError('permission-denied', `${person.name} 不在您的管辖范围内`)
    return { person, unitName: inScope.name }
  })
}
