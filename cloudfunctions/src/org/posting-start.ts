import { AppError } from '@contract/errors'
import type { TeamRole } from '@contract/domain/posting'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import { setPersonRoles } from '../shared/people'
import {
  activePostingsOfPeople,
  getPosting,
  insertPosting,
  teamLeaderOf,
  type PostingDoc,
} from '../shared/postings'
import { grantsWithVillage } from './posting-grants'

export interface Term {
  teamRole: TeamRole
  batch: string
  startDay: string
  plannedEndDay: string
}

/** A term is a start before its planned end, at most six years (three rounds) long. */
export function checkTerm(term: Pick<Term, 'startDay' | 'plannedEndDay'>): void {
  if (term.plannedEndDay <= term.startDay)
    throw new AppError('invalid-argument', '计划期满日须晚于到村日期', { field: 'plannedEndDay' })
  const years = Number(term.plannedEndDay.slice(0, 4)) - Number(term.startDay.slice(0, 4))
  if (years > 6) throw new AppError('invalid-argument', '一次任期不超过 6 年', { field: 'plannedEndDay' })
}

/** The same person, village and start day is the same posting: a re-run finds it instead of adding one. */
export const postingIdOf = (personId: string, villageId: string, startDay: string) =>
  `ps-${personId}-${villageId.replace(/^u-/, '')}-${startDay.replace(/-/g, '')}`

/**
 * Posts the person to the village's team: one active posting per person, one 队长 per village. The
 * person's 驻村干部 grant gains the village, so they can work there at once.
 */
export async function startPosting(
  ctx: HandlerContext,
  village: OrgUnitDoc,
  person: PersonDoc,
  term: Term,
  /** The posting this one takes over from (still active while the handover runs). */
  replacing: string | null = null,
): Promise<PostingDoc> {
  if (person.status !== 'active') throw new AppError('failed-precondition', `${person.name}已停用，不能选派`)
  checkTerm(term)
  const id = postingIdOf(person._id, village._id, term.startDay)
  const same = await getPosting(ctx.db, id)
  if (same?.status === 'active') return same
  if (same)
    throw new AppError('failed-precondition', '该干部同日到村的任职已结束，请核对到村日期', {
      field: 'startDay',
    })
  const [current] = await activePostingsOfPeople(ctx.db, [person._id])
  if (current)
    throw new AppError('failed-precondition', `${person.name}正在其他工作队任职，请先结束原任职`, {
      field: 'personId',
    })
  if (term.teamRole === 'leader') {
    const leader = await teamLeaderOf(ctx.db, village._id)
    if (leader && leader._id !== replacing)
      throw new AppError(
        'failed-precondition',
        `${village.name}已有队长${leader.personName}，每村只设一名队长`,
        {
          field: 'teamRole',
        },
      )
  }
  const doc: PostingDoc = {
    _id: id,
    personId: person._id,
    personName: person.name,
    villageId: village._id,
    unitPath: village.path,
    teamRole: term.teamRole,
    dispatchUnitId: person.dispatchUnitId ?? null,
    batch: term.batch,
    startDay: term.startDay,
    plannedEndDay: term.plannedEndDay,
    status: 'active',
    endedDay: null,
    endKind: null,
    recallReason: null,
    endNote: null,
    successorId: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await insertPosting(ctx.db, doc)
  await setPersonRoles(
    ctx.db,
    person._id,
    grantsWithVillage(person.roles, village._id, term.teamRole),
    ctx.now,
  )
  return doc
}
