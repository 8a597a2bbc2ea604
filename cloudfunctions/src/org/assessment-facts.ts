import {
  ASSESSMENT_GRADE_LABELS,
  daysInYear,
  type AssessmentFacts,
  type AssessmentRow,
} from '@contract/domain/assessment'
import { excusedRange, LEAVE_TYPE_LABELS, LEAVE_TYPES } from '@contract/domain/presence'
import { POST_LABELS, ROLE_LABELS } from '@contract/domain/role'
import type { Database } from '../shared/db-types'
import type { PersonDoc } from '../shared/docs'
import type { DispatchUnitDoc } from '../shared/dispatch-units'
import { getUnitsByIds } from '../shared/org-units'
import { keptSignDaysOfPeople } from '../shared/presence-days'
import { leavesOfPeopleFrom, type LeaveDoc } from '../shared/presence-leaves'
import { allItems } from '../shared/rectify-items'
import { presenceMonthsOfPeople, villageStatics } from '../shared/stats'
import { visitsOfAuthorsBetween } from '../shared/visits'
import { assessmentsOf, type AssessmentDoc } from './repo-assessments'
import { reviewResultsOf, type ReviewEntryDoc } from '../shared/duty-reviews'
import { REVIEW_LEVEL_LABELS, REVIEW_RESULT_LABELS } from '@contract/domain/duty-review'

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'))
/** The year in Beijing time, as every other count here. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`)

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const map = new Map<string, number>()
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1)
  return map
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(key(item))
    if (list) list.push(item)
    else map.set(key(item), [item])
  }
  return map
}

function leaveDays(leaves: readonly LeaveDoc[], year: number): AssessmentFacts['leaveDays'] {
  const byType = new Map<string, number>()
  for (const l of leaves) {
    const range = excusedRange(l)
    if (range) byType.set(l.type, (byType.get(l.type) ?? 0) + daysInYear(range, year))
  }
  // Every known type in its customary order, then any type this version does not know yet.
  const known: readonly string[] = LEAVE_TYPES
  const types = [...known, ...[...byType.keys()].filter((t) => !known.includes(t))]
  const labels: Record<string, string> = { ...LEAVE_TYPE_LABELS }
  return types.map((t) => ({ type: t, label: labels[t] ?? t, days: byType.get(t) ?? 0 }))
}

/** The year's 述职评议 results as the sessions recorded them, in date order: words, never a score. */
function reviewText(entries: readonly ReviewEntryDoc[]): string {
  return entries
    .map((e) => `${e.date} ${REVIEW_LEVEL_LABELS[e.level]}述职评议：${REVIEW_RESULT_LABELS[e.result]}`)
    .join('；')
}

function postOf(p: PersonDoc): string {
  const grant = p.roles.find((g) => g.role === 'resident_cadre')
  return grant?.post ? POST_LABELS[grant.post] : grant ? ROLE_LABELS[grant.role] : ''
}

function decisionOf(a: AssessmentDoc | undefined): AssessmentRow['decision'] {
  if (!a) return null
  return {
    grade: a.grade,
    gradeLabel: ASSESSMENT_GRADE_LABELS[a.grade],
    reason: a.reason,
    decidedByName: a.decidedByName,
    decidedAt: a.decidedAt.toISOString(),
  }
}

/**
 * The 年度考核 sheet of one 派出单位: its cadres in id order (never sorted by a result), each with the
 * year's facts read from the counters and records that already exist, and the county's decision.
 */
export async function assessmentRows(
  db: Database,
  unit: DispatchUnitDoc,
  people: readonly PersonDoc[],
  year: number,
): Promise<AssessmentRow[]> {
  const ids = people.map((p) => p._id)
  const villageIds = [...new Set(people.map((p) => p.homeUnitId))]
  const _ = db.command
  const [units, statics, months, leaves, visits, closed, signs, decisions, reviews] = await Promise.all([
    getUnitsByIds(db, villageIds),
    villageStatics(db, villageIds),
    presenceMonthsOfPeople(
      db,
      ids,
      MONTHS.map((m) => `${year}-${m}`),
    ),
    leavesOfPeopleFrom(db, ids, `${year}-01-01`),
    visitsOfAuthorsBetween(db, ids, yearStart(year), yearStart(year + 1)),
    ids.length === 0
      ? Promise.resolve([])
      : allItems(db, {
          responsiblePersonId: _.in(ids),
          state: 'closed',
          closedAt: _.gte(yearStart(year)).and(_.lt(yearStart(year + 1))),
        }),
    keptSignDaysOfPeople(db, ids, year),
    assessmentsOf(db, ids, year),
    reviewResultsOf(db, ids, String(year)),
  ])
  const days = new Map<string, number>()
  for (const m of months) days.set(m.personId, (days.get(m.personId) ?? 0) + (Number(m.days) || 0))
  const visitsBy = groupBy(visits, (v) => v.authorId)
  const leavesBy = groupBy(leaves, (l) => l.personId)
  const closedCount = countBy(closed, (i) => i.responsiblePersonId)
  const signCount = countBy(signs, (d) => d.personId)
  return people.map((p) => {
    const mine = visitsBy.get(p._id) ?? []
    return {
      personId: p._id,
      name: p.name,
      dispatchUnitName: unit.name,
      village: units.get(p.homeUnitId)?.name ?? '',
      post: postOf(p),
      facts: {
        presentDays: days.get(p._id) ?? 0,
        leaveDays: leaveDays(leavesBy.get(p._id) ?? [], year),
        visits: mine.length,
        coverage: {
          visited: new Set(mine.map((v) => v.householdId)).size,
          total: Number(statics.get(p.homeUnitId)?.households) || 0,
        },
        itemsClosed: closedCount.get(p._id) ?? 0,
        signsConfirmed: signCount.get(p._id) ?? 0,
        review: reviewText(reviews.get(p._id) ?? []),
      },
      decision: decisionOf(decisions.get(p._id)),
    }
  })
}
