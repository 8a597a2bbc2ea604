import type { Database } from './db-types'

/**
 * The owner of `visits`: the visit function writes and lists them through visit/repo-visits.ts (which
 * takes the name from here); other functions read only what this module offers, such as the year's
 * visits of some cadres for the 年度考核.
 */
export const VISITS = 'visits'

export interface AuthoredVisit {
  authorId: string
  householdId: string
}

/** Counted visits of some authors started in [from, to): author and household only, 1,000 a read. */
export async function visitsOfAuthorsBetween(
  db: Database,
  authorIds: readonly string[],
  from: Date,
  to: Date,
): Promise<AuthoredVisit[]> {
  const _ = db.command
  const unique = [...new Set(authorIds)]
  const out: AuthoredVisit[] = []
  for (let i = 0; i < unique.length; i += 100) {
    const where = {
      authorId: _.in(unique.slice(i, i + 100)),
      startedAt: _.gte(from).and(_.lt(to)),
      counted: true,
    }
    for (let offset = 0; ; offset += 1000) {
      const res = await db
        .collection(VISITS)
        .where(where)
        .field({ authorId: true, householdId: true })
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(1000)
        .get<AuthoredVisit>()
      out.push(...res.data)
      if (res.data.length < 1000) break
    }
  }
  return out
}
