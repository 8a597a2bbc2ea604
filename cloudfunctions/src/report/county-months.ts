import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { metRuleAt } from '../shared/presence-policy'
import { presenceMonthsIn, villageMonths, villageStatics } from '../shared/stats'
import { rollUp, rollUpCoverage } from './rollup'
import { countedMonths, kindPeriodsAt } from '@contract/domain/kind-coverage'
import { kindPeriodsOf, loadVisitPolicy } from '../shared/visit-policy'
import { saveUnitMonth, type UnitMonthDoc } from './repo-stats'
import { villagesOf } from './repo-units'

/**
 * A county's roll-up for some months, computed from its village counters and stored (the nightly job
 * keeps the current and previous month fresh; see timer.ts). The 州/市 dashboard reads these per-county
 * documents and computes one only where it is missing, so a prefecture view never scans its villages.
 */
export async function rollUpCountyMonths(
  db: Database,
  county: OrgUnitDoc,
  months: string[],
  now: Date,
): Promise<UnitMonthDoc[]> {
  if (months.length === 0) return []
  const { villages } = await villagesOf(db, county)
  const ids = villages.map((v) => v._id)
  const kinds = kindPeriodsOf(await loadVisitPolicy(db, county._id))
  const read = [...new Set(months.flatMap((m) => countedMonths(m, kindPeriodsAt(kinds, m))))]
  const [statics, monthDocs, presence, rules] = await Promise.all([
    villageStatics(db, ids),
    villageMonths(db, ids, read),
    presenceMonthsIn(db, 'county', county._id, months),
    metRuleAt(db, county),
  ])
  const rectOpen = ids.reduce((n, id) => n + (statics.get(id)?.rectOpen ?? 0), 0)
  const rectOverdue = ids.reduce((n, id) => n + (statics.get(id)?.rectOverdue ?? 0), 0)
  const out: UnitMonthDoc[] = []
  for (const m of months) {
    const f = rollUp(
      ids,
      statics,
      monthDocs.filter((d) => d.month === m),
      presence.filter((p) => p.month === m),
      rules,
    )
    const doc: UnitMonthDoc = {
      _id: `${county._id}_${m}`,
      unitId: county._id,
      level: 'county',
      month: m,
      ...f,
      rectOpen,
      rectOverdue,
      coverage: rollUpCoverage(ids, statics, monthDocs, kinds, m),
      updatedAt: now,
    }
    await saveUnitMonth(db, doc)
    out.push(doc)
  }
  return out
}
