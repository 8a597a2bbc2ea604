import { shanghaiMonth } from '@contract/domain/presence-time'
import type { DailyJob } from '../shared/daily-jobs'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { metRuleAt } from '../shared/presence-policy'
import { isTracked } from '../shared/presence-roster'
import { monthRange, rollUp, rollUpCoverage } from './rollup'
import { countedMonths, kindPeriodsAt } from '@contract/domain/kind-coverage'
import { kindPeriodsOf, loadVisitPolicy } from '../shared/visit-policy'
import { saveUnitMonth, setNightlyCounts } from './repo-stats'
import { presenceMonthsIn, villageMonths, villageStatics } from '../shared/stats'
import { openItems } from '../shared/rectify-items-open'
import { villagesOf } from './repo-units'
import { activePeopleOfUnits } from '../shared/people'
import { townshipIdOf } from '../shared/org-tree'

/**
 * Per village: resident cadres from the roster (imports and bindings change it) and open / overdue
 * rectification items. Counting open items costs a read of each; once a night keeps that off every
 * dashboard view (a busy county has over a thousand open), and overdue only changes at midnight.
 */
async function refreshNightly(
  db: Database,
  county: OrgUnitDoc,
  villages: OrgUnitDoc[],
  now: Date,
): Promise<void> {
  const [people, items] = await Promise.all([
    activePeopleOfUnits(
      db,
      villages.map((v) => v._id),
    ),
    openItems(db, 'county', county._id),
  ])
  for (const v of villages) {
    const mine = items.filter((i) => i.villageId === v._id)
    await setNightlyCounts(
      db,
      { villageId: v._id, townshipId: townshipIdOf(v) ?? '', countyId: county._id },
      {
        residentCadres: people.filter((p) => p.homeUnitId === v._id && isTracked(p, v._id)).length,
        rectOpen: mine.length,
        rectOverdue: mine.filter((i) => new Date(i.deadlineAt).getTime() < now.getTime()).length,
      },
      now,
    )
  }
}

/**
 * Daily and idempotent: township and county roll-ups of the current and previous month are recomputed
 * from the village docs (late offline check-ins and leave decisions still change the previous month),
 * with each month's 本周期 coverage per household kind.
 */
export async function rollupCounty(
  db: Database,
  now: Date,
  county: OrgUnitDoc,
): Promise<{ written: number }> {
  const months = monthRange(shanghaiMonth(now), 2)
  let written = 0
  const { townships, villages } = await villagesOf(db, county)
  await refreshNightly(db, county, villages, now)
  const ids = villages.map((v) => v._id)
  const kinds = kindPeriodsOf(await loadVisitPolicy(db, county._id))
  // The months rolled up and the months each kind's period containing them starts in.
  const read = [...new Set(months.flatMap((m) => countedMonths(m, kindPeriodsAt(kinds, m))))]
  const [statics, monthDocs, presence, rule] = await Promise.all([
    villageStatics(db, ids),
    villageMonths(db, ids, read),
    presenceMonthsIn(db, 'county', county._id, months),
    metRuleAt(db, county),
  ])
  const units: Array<{ unit: OrgUnitDoc; level: 'county' | 'township'; ids: string[] }> = [
    { unit: county, level: 'county', ids },
    ...townships.map((t) => ({
      unit: t,
      level: 'township' as const,
      ids: villages.filter((v) => v.parentId === t._id).map((v) => v._id),
    })),
  ]
  for (const u of units) {
    for (const m of months) {
      const f = rollUp(
        u.ids,
        statics,
        monthDocs.filter((d) => d.month === m),
        presence.filter((p) => p.month === m),
        rule,
      )
      await saveUnitMonth(db, {
        _id: `${u.unit._id}_${m}`,
        unitId: u.unit._id,
        level: u.level,
        month: m,
        ...f,
        // Open items now: the 州/市 dashboard sums these per county instead of reading villages.
        rectOpen: u.ids.reduce((n, id) => n + (statics.get(id)?.rectOpen ?? 0), 0),
        rectOverdue: u.ids.reduce((n, id) => n + (statics.get(id)?.rectOverdue ?? 0), 0),
        coverage: rollUpCoverage(u.ids, statics, monthDocs, kinds, m),
        updatedAt: now,
      })
      written++
    }
  }
  return { written }
}

/** 00:05 Shanghai (config.json's reportRollup): the dashboards read these roll-ups. */
export const REPORT_JOBS: DailyJob[] = [{ name: 'report.rollup', dueMinute: 5, run: rollupCounty }]
