import type { DailyJob } from '../shared/daily-jobs'
import type { Database } from '../shared/db-types'
import { kindOf } from '../shared/households'
import { migrateHouseholdKind, unmigratedHouseholds } from '../shared/household-migration'

const BATCH = 200
const MAX_BATCHES = 50

/** Said on the record where the migration had to choose: a 2026 county has no 未脱贫 households. */
export const NOT_LIFTED_NOTE =
  '2026 年迁移：原建档立卡状态为“未脱贫”，暂按监测对象（脱贫不稳定户）记录，请村里核实'

/**
 * One county's records of 2016–2020 (户状态 未脱贫 / 已脱贫 / 监测户) become 2026 kinds: 已脱贫 → 脱贫户,
 * 监测户 → 监测对象 (脱贫不稳定户: they were on the 建档立卡 record), 未脱贫 → the same with a note. The old
 * status stays as `registeredStatus`. Only records without a kind are touched, so it can run again.
 */
export async function migrateCountyHouseholds(
  db: Database,
  countyId: string,
  now: Date,
): Promise<{ migrated: number; more: boolean }> {
  let migrated = 0
  for (let i = 0; i < MAX_BATCHES; i++) {
    const batch = await unmigratedHouseholds(db, countyId, BATCH)
    for (const h of batch) {
      const { kind, monitorType } = kindOf(h)
      const wrote = await migrateHouseholdKind(db, h._id, {
        kind,
        monitorType,
        registeredStatus: h.status ?? null,
        kindNote: h.status === 'not_lifted' ? NOT_LIFTED_NOTE : '',
        updatedAt: now,
      })
      if (wrote) migrated++
    }
    if (batch.length < BATCH) return { migrated, more: false }
  }
  return { migrated, more: true }
}

/** Daily, so a county restored from an old backup or imported late is migrated too. */
export const households2026: DailyJob = {
  name: 'visit.households2026',
  dueMinute: 150,
  run: async (db, now, county) => migrateCountyHouseholds(db, county._id, now),
}
