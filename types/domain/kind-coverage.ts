import { HOUSEHOLD_KIND, type HouseholdKind } from './monitoring'
import { kindPeriodOf, type KindPeriods } from './kind-periods'
import { coveragePercent, parsePeriod, PERIOD_MONTHS, type PeriodMonths } from './visit-period'

/**
 * Coverage by household kind (本周期 per kind) from counters. A visit that is its household's first of
 * its kind's period adds 1 to `visited<Kind><n>m` on the village's month counter of the month that
 * period starts (`2026-10` for the fourth quarter): the period's length is in the name, so a county
 * changing its periods never mixes a month's count with a quarter's, and one counter doc per village
 * and period answers "how many of this kind were visited this period".
 */
const CAP = { lifted: 'Lifted', monitored: 'Monitored', ordinary: 'Ordinary' } as const satisfies {
  [K in HouseholdKind]: Capitalize<K>
}
export type KindVisitedField = `visited${(typeof CAP)[HouseholdKind]}${PeriodMonths}m`

export function kindVisitedField(kind: HouseholdKind, months: PeriodMonths): KindVisitedField {
  return `visited${CAP[kind]}${months}m`
}

/** Every such counter name (12: three kinds, four period lengths), for checks of stored counters. */
export const KIND_VISITED_FIELDS: readonly KindVisitedField[] = HOUSEHOLD_KIND.keys.flatMap((kind) =>
  PERIOD_MONTHS.map((months) => kindVisitedField(kind, months)),
)

/** The current period of each kind that has one set, where its counter lives. */
export interface KindPeriodNow {
  kind: HouseholdKind
  period: string
  /** The month whose counter doc holds the period's count. */
  start: string
  field: KindVisitedField
}

/** 监测对象 first: the kind watched most closely leads every label. */
const KIND_ORDER: readonly HouseholdKind[] = ['monitored', 'lifted', 'ordinary']

export function kindPeriodsAt(periods: KindPeriods, month: string): KindPeriodNow[] {
  return KIND_ORDER.flatMap((kind) => {
    const period = kindPeriodOf(periods, kind, month)
    if (!period) return []
    const { start, months } = parsePeriod(period)
    return [{ kind, period, start, field: kindVisitedField(kind, months) }]
  })
}

const CN_NUMBERS = ['一', '二', '三', '四']

/** 「12月」「第四季度」「下半年」「11-12月」: a period named within its year. */
export function shortPeriodLabel(key: string): string {
  const { start, months } = parsePeriod(key)
  const m = Number(start.slice(5, 7))
  if (months === 1) return `${m}月`
  if (months === 3) return `第${CN_NUMBERS[(m - 1) / 3]}季度`
  if (months === 6) return m === 1 ? '上半年' : '下半年'
  return `${m}-${m + 1}月`
}

/** 「监测对象 12月 / 脱贫户 第四季度」; no kind with a set period reads 「不定期」. */
export function kindPeriodsLabel(now: readonly KindPeriodNow[]): string {
  if (now.length === 0) return '不定期'
  return now.map((p) => `${HOUSEHOLD_KIND.labels[p.kind]} ${shortPeriodLabel(p.period)}`).join(' / ')
}

/** What the sum reads of a village's `stats_village` doc and its month counter docs. */
export interface KindStatic {
  householdsByKind?: Partial<Record<HouseholdKind, number>>
}
export type KindMonth = { villageId: string; month: string } & Partial<Record<KindVisitedField, number>>

export interface KindCoverageRow {
  kind: HouseholdKind
  period: string
  total: number
  visited: number
}

/**
 * Coverage of some villages: for each kind with a set period, its households visited in its current
 * period over its households (kinds visited only when needed are left out, as in a village's list).
 * A kind's visited count is capped at its households in each village: a household that changed kind
 * after its visit still counts under the kind it had then.
 */
export function kindCoverage(
  villageIds: readonly string[],
  now: readonly KindPeriodNow[],
  statics: ReadonlyMap<string, KindStatic>,
  months: readonly KindMonth[],
): { total: number; visited: number; percent: number; byKind: KindCoverageRow[] } {
  const ids = new Set(villageIds)
  // Visited per village and kind, so each village's count is capped by its own households.
  const seen = new Map<string, number>()
  for (const m of months) {
    if (!ids.has(m.villageId)) continue
    for (const p of now) {
      const n = m.month === p.start ? (m[p.field] ?? 0) : 0
      if (n) seen.set(`${m.villageId}|${p.kind}`, (seen.get(`${m.villageId}|${p.kind}`) ?? 0) + n)
    }
  }
  const byKind = now.map((p) => {
    let total = 0
    let visited = 0
    for (const id of ids) {
      const households = statics.get(id)?.householdsByKind?.[p.kind] ?? 0
      total += households
      visited += Math.min(seen.get(`${id}|${p.kind}`) ?? 0, households)
    }
    return { kind: p.kind, period: p.period, total, visited }
  })
  const total = byKind.reduce((n, r) => n + r.total, 0)
  const visited = byKind.reduce((n, r) => n + r.visited, 0)
  return { total, visited, percent: coveragePercent(visited, total), byKind }
}

/** The months whose counter docs a coverage read needs: the shown month and each kind period's start. */
export function countedMonths(month: string, now: readonly KindPeriodNow[]): string[] {
  return [...new Set([month, ...now.map((p) => p.start)])]
}
