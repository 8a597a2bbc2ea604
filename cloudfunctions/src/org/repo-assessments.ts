import type { AssessmentGrade } from '@contract/domain/assessment'
import type { Database } from '../shared/db-types'
import { findByKeys } from '../shared/paging'

/** The one owner of `assessments` (年度考核): one per cadre per year, `${personId}_${year}`. */
const ASSESSMENTS = 'assessments'

export interface AssessmentDoc {
  _id: string
  personId: string
  personName: string
  year: number
  /** The 派出单位 at the time of the decision: the result goes there. */
  dispatchUnitId: string | null
  countyId: string
  grade: AssessmentGrade
  reason: string
  decidedById: string
  decidedByName: string
  decidedAt: Date
  /** Earlier decisions of the same year, when the county changed its mind: nothing is overwritten unseen. */
  history: Array<{ grade: AssessmentGrade; reason: string; decidedByName: string; decidedAt: Date }>
}

export const assessmentId = (personId: string, year: number) => `${personId}_${year}`

export async function getAssessment(
  db: Database,
  personId: string,
  year: number,
): Promise<AssessmentDoc | null> {
  return (await db.collection(ASSESSMENTS).doc(assessmentId(personId, year)).get<AssessmentDoc>()).data
}

/** The year's decisions about some people, keyed by person. */
export async function assessmentsOf(
  db: Database,
  personIds: readonly string[],
  year: number,
): Promise<Map<string, AssessmentDoc>> {
  const found = await findByKeys<AssessmentDoc>(
    db,
    ASSESSMENTS,
    '_id',
    personIds.map((p) => assessmentId(p, year)),
  )
  return new Map(found.map((a) => [a.personId, a]))
}

export async function saveAssessment(db: Database, doc: AssessmentDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(ASSESSMENTS).doc(_id).set({ data })
}
