import { coarsenBefore, POLICY_DEFAULTS } from '../../types/domain/county-policy'
import { dayStart } from '../../types/domain/presence-time'
import { RAW_FIX_FIELDS } from '../../cloudfunctions/src/presence/docs'
import { CHECKIN_RETENTION_MINUTE } from '../../cloudfunctions/src/presence/retention'
import type { SeedDoc } from './jsonl'

const DAY_MS = 86_400_000

/**
 * The retention job's last night before the demo's "now" (2026-11-20, 09:00 in Shanghai): 03:30 that
 * morning. A seeded deployment has run it every night up to then.
 */
export const SEED_LAST_RETENTION_RUN = new Date(
  dayStart('2026-11-20').getTime() + CHECKIN_RETENTION_MINUTE * 60_000,
)

/**
 * The nightly run (one a day, `lastRun` the latest) that coarsened a record captured at `at`: the
 * first night whose `coarsenBefore` lies after it. Null when no run up to `lastRun` was due to.
 */
export function coarsenedAtFor(at: Date, lastRun: Date, checkInDays: number): Date | null {
  if (at.getTime() >= coarsenBefore(lastRun, checkInDays).getTime()) return null
  const lead = lastRun.getTime() - (at.getTime() + checkInDays * DAY_MS)
  return new Date(lastRun.getTime() - (Math.ceil(lead / DAY_MS) - 1) * DAY_MS)
}

/**
 * A seeded check-in as the nightly retention job would have left it (presence/repo-checkins.ts
 * `coarsenOldCheckIns`): past the county's period (the default, seeded counties set none) its raw fix
 * and marker are gone and `coarsenedAt` says which night took them, so a benchmark night coarsens one
 * night's worth, not a year's backlog no deployment has.
 */
export function asRetentionLeftIt(
  doc: SeedDoc,
  lastRun: Date = SEED_LAST_RETENTION_RUN,
  checkInDays: number = POLICY_DEFAULTS.retention.checkInDays,
): SeedDoc {
  const at = doc.at
  const coarsenedAt = at instanceof Date ? coarsenedAtFor(at, lastRun, checkInDays) : null
  if (!coarsenedAt) return doc
  const raw = new Set<string>(RAW_FIX_FIELDS)
  return { ...Object.fromEntries(Object.entries(doc).filter(([k]) => !raw.has(k))), coarsenedAt }
}
