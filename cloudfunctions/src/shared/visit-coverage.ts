import type { Database, Doc } from './db-types'
import { inTransaction } from './transaction'

const COVERAGE = 'visit_coverage'

/** `${householdId}_${period}`: how often a household was visited in a coverage period. */
export interface CoverageDoc {
  _id: string
  householdId: string
  villageId: string
  townshipId: string
  period: string
  visits: number
  /** The visits counted, so a resend after a crash never counts twice. */
  visitIds: string[]
  lastVisitAt: Date
}

/**
 * Counts one visit of a household in its period and returns how many visits it had before, or null
 * when this visit was already counted (a resend after a crash). In a transaction, so two first
 * visits sent at once cannot both count as "first".
 */
export async function bumpCoverage(
  db: Database,
  base: Pick<CoverageDoc, 'householdId' | 'villageId' | 'townshipId' | 'period' | 'lastVisitAt'>,
  visitId: string,
): Promise<number | null> {
  const id = `${base.householdId}_${base.period}`
  return inTransaction(db, async (tx) => {
    const ref = tx.collection(COVERAGE).doc(id)
    const current = await ref.get<Doc>().then(
      (r) => r.data as Partial<CoverageDoc> | null,
      () => null,
    )
    const seen = current?.visitIds ?? []
    if (seen.includes(visitId)) return null
    const before = Number(current?.visits) || 0
    if (current && Object.keys(current).length > 0)
      await ref.update({
        data: { visits: before + 1, lastVisitAt: base.lastVisitAt, visitIds: [...seen, visitId] },
      })
    else await ref.set({ data: { ...base, visits: 1, visitIds: [visitId] } })
    return before
  })
}

/** Coverage docs of some households in one period, keyed by household. */
export async function coverageOf(
  db: Database,
  householdIds: string[],
  period: string,
): Promise<Map<string, CoverageDoc>> {
  const map = new Map<string, CoverageDoc>()
  const _ = db.command
  for (let i = 0; i < householdIds.length; i += 500) {
    const ids = householdIds.slice(i, i + 500).map((h) => `${h}_${period}`)
    const res = await db
      .collection(COVERAGE)
      .where({ _id: _.in(ids) })
      .limit(1000)
      .get<CoverageDoc>()
    for (const doc of res.data) map.set(doc.householdId, doc)
  }
  return map
}

export async function coverageOfVillage(
  db: Database,
  villageId: string,
  period: string,
): Promise<Map<string, CoverageDoc>> {
  const res = await db.collection(COVERAGE).where({ villageId, period }).limit(1000).get<CoverageDoc>()
  return new Map(res.data.map((d) => [d.householdId, d]))
}
