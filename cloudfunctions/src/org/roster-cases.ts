import {
  dayMinus,
  isLongAbsence,
  LONG_ABSENCE,
  needsFirstSecretary,
  ROSTER_SIGN_LABELS,
  type RosterSign,
} from '@contract/domain/roster-review'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { townshipIdOf } from '../shared/org-tree'
import { unitsUnder } from '../shared/org-units'
import { firstSecretaryVillages, namesByIds } from '../shared/people'
import { postingsUnder, type PostingDoc } from '../shared/postings'
import { confirmedOfTownshipsSince } from '../shared/presence-absences'

/** One case of the 排查, before any decision: the subject and the facts, in words. */
export interface RosterFacts {
  key: string
  sign: RosterSign
  signLabel: string
  personId: string | null
  personName: string | null
  postingId: string | null
  villageId: string
  villageName: string
  townshipName: string
  /** The day the facts last changed: a decision from that day on settles the case. */
  since: string
  facts: string
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)

/**
 * The county's cases: postings past their planned end, cadres whose absence spot checks confirmed
 * (LONG_ABSENCE), villages that need a 第一书记 and have none. About 2,000 people, a few hundred
 * postings and a quarter's absences: a handful of indexed reads.
 */
export async function rosterCases(
  ctx: HandlerContext,
  county: OrgUnitDoc,
  today: string,
): Promise<RosterFacts[]> {
  const [townships, villages, postings] = await Promise.all([
    unitsUnder(ctx.db, [county._id], 'township'),
    unitsUnder(ctx.db, [county._id], 'village'),
    postingsUnder(ctx.db, county._id, 'active'),
  ])
  const townshipName = new Map(townships.map((t) => [t._id, t.name]))
  const village = new Map(villages.map((v) => [v._id, v]))
  const place = (villageId: string): Place => {
    const v = village.get(villageId)
    const t = v ? townshipIdOf(v) : null
    return { villageId, villageName: v?.name ?? '', townshipName: t ? (townshipName.get(t) ?? '') : '' }
  }
  const flagged = villages.filter((v) => needsFirstSecretary(v.flags))
  const flaggedIds = new Set(flagged.map((v) => v._id))
  const [absences, withSecretary] = await Promise.all([
    confirmedOfTownshipsSince(
      ctx.db,
      townships.map((t) => t._id),
      dayMinus(today, LONG_ABSENCE.windowDays),
    ),
    // Only villages that need one are asked about: their own people, the county's and townships' staff,
    // and whoever is posted there.
    firstSecretaryVillages(
      ctx.db,
      [county._id, ...townships.map((t) => t._id), ...flagged.map((v) => v._id)],
      postings.filter((p) => flaggedIds.has(p.villageId)).map((p) => p.personId),
    ),
  ])
  const postingOf = new Map(postings.map((p) => [p.personId, p]))
  const cases: RosterFacts[] = [
    ...postings.filter((p) => p.plannedEndDay < today).map((p) => pastTerm(p, today, place(p.villageId))),
  ]
  const byPerson = new Map<string, { villageId: string; days: string[] }>()
  for (const a of absences) {
    const entry = byPerson.get(a.personId) ?? { villageId: a.villageId, days: [] }
    entry.days.push(a.day)
    byPerson.set(a.personId, entry)
  }
  const nameOf = await namesByIds(ctx.db, [...byPerson.keys()])
  for (const [personId, { villageId, days }] of byPerson) {
    if (!isLongAbsence(days, today)) continue
    const sorted = [...new Set(days)].sort()
    cases.push({
      key: `long_absence:${personId}`,
      sign: 'long_absence',
      signLabel: ROSTER_SIGN_LABELS.long_absence,
      personId,
      personName: nameOf.get(personId) ?? '',
      postingId: postingOf.get(personId)?._id ?? null,
      ...place(villageId),
      since: sorted[sorted.length - 1],
      facts: `近 ${LONG_ABSENCE.windowDays} 天抽查 ${sorted.length} 次不在岗，经核实确认（${sorted.join('、')}）`,
    })
  }
  for (const v of flagged) {
    if (withSecretary.has(v._id)) continue
    const kinds = [v.flags?.poor ? '脱贫村' : '', v.flags?.weak ? '软弱涣散村' : '']
      .filter(Boolean)
      .join('、')
    const leader = postings.find((p) => p.villageId === v._id && p.teamRole === 'leader')
    cases.push({
      key: `no_first_secretary:${v._id}`,
      sign: 'no_first_secretary',
      signLabel: ROSTER_SIGN_LABELS.no_first_secretary,
      personId: null,
      personName: null,
      postingId: null,
      ...place(v._id),
      since: '',
      facts: `${kinds}，应选派第一书记，目前没有在任第一书记${leader ? `（队长：${leader.personName}）` : '，也没有工作队队长'}`,
    })
  }
  return cases
}

type Place = Pick<RosterFacts, 'villageId' | 'villageName' | 'townshipName'>

function pastTerm(p: PostingDoc, today: string, at: Place): RosterFacts {
  return {
    key: `past_term:${p._id}`,
    sign: 'past_term',
    signLabel: ROSTER_SIGN_LABELS.past_term,
    personId: p.personId,
    personName: p.personName,
    postingId: p._id,
    ...at,
    since: p.plannedEndDay,
    facts: `${p.batch}，任期 ${p.startDay} 至 ${p.plannedEndDay}，已超出计划期满 ${daysBetween(p.plannedEndDay, today)} 天`,
  }
}
