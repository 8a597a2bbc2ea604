/**
 * The aggregates recounted from raw collections: what every counter (`stats_village_month`,
 * `presence_months`, `stats_village`, `stats_unit_month`) must equal after any sequence of writes.
 * The seed uses it to make its aggregates consistent; the report tests use it as their oracle.
 */
import { excusedRange, leaveTypeSchema } from '../../types/domain/presence'
import { DEFAULT_LEAVE_RULES, type LeaveRules } from '../../types/domain/leave-policy'
import { LEAVE_COUNTERS } from '../../cloudfunctions/src/shared/stats'
import { daysWithinMonth, monthOfDay, shanghaiMonth } from '../../types/domain/presence-time'
import {
  rollUp,
  rollUpCoverage,
  type PresenceMonthDoc,
  type VillageMonthDoc,
  type VillageStaticDoc,
} from '../../cloudfunctions/src/report/rollup'
import type { LeaveStatus } from '../../types/domain/presence'
import type { SeedDoc } from './jsonl'
import { HOUSEHOLD_KIND, type HouseholdKind } from '../../types/domain/monitoring'
import { REGISTERED_STATUS } from '../../types/domain/household'
import {
  DEFAULT_KIND_PERIODS,
  kindPeriodOf,
  kindPeriodsSchema,
  type KindPeriods,
} from '../../types/domain/kind-periods'
import { kindVisitedField } from '../../types/domain/kind-coverage'
import { parsePeriod } from '../../types/domain/visit-period'
import { kindOf } from '../../cloudfunctions/src/shared/households'
import { OPEN_STATES, type RectState } from '../../types/domain/rectification'

type Raw = Record<string, readonly SeedDoc[] | undefined>
const DAY_MS = 86_400_000

const s = (v: unknown) => String(v ?? '')
function toDate(v: unknown): Date {
  if (v instanceof Date) return v
  if (v && typeof v === 'object' && '$date' in v) return new Date(String((v as { $date: unknown }).$date))
  return new Date(String(v))
}

/** Adds to a keyed counter doc, creating it with its base fields. */
function bump<T extends SeedDoc>(
  map: Map<string, T>,
  id: string,
  base: T,
  deltas: Record<string, number>,
): void {
  const doc = map.get(id) ?? { ...base }
  for (const [k, v] of Object.entries(deltas)) if (v !== 0) (doc as SeedDoc)[k] = (Number(doc[k]) || 0) + v
  map.set(id, doc)
}

function villageMonth(raw: Raw, villageTownship: Map<string, string>): Map<string, SeedDoc> {
  const out = new Map<string, SeedDoc>()
  const add = (villageId: string, month: string, d: Record<string, number>) =>
    bump(
      out,
      `${villageId}_${month}`,
      { _id: `${villageId}_${month}`, villageId, townshipId: villageTownship.get(villageId) ?? '', month },
      d,
    )
  for (const d of raw.presence_days ?? []) if (d.counted) add(s(d.villageId), s(d.month), { presenceDays: 1 })
  for (const c of raw.presence_checkins ?? []) if (c.counted) add(s(c.villageId), s(c.month), { checkIns: 1 })
  const visits = new Map((raw.visits ?? []).map((v) => [s(v._id), v]))
  for (const v of visits.values()) if (v.counted) add(s(v.villageId), s(v.month), { visits: 1 })
  // A household counts as visited in the month of its first counted visit of the (grid) period; a
  // coverage doc of a household kind's own period (its visits name another period) is not the grid's.
  for (const c of raw.visit_coverage ?? []) {
    const first = visits.get(s((c.visitIds as unknown[] | undefined)?.[0]))
    if (first && s(first.period) === s(c.period))
      add(s(first.villageId), s(first.month), { visitedHouseholds: 1 })
  }
  // Each household of a kind with a set period counts once per period, on the month the period starts.
  const kinds = new Map((raw.households ?? []).map((h) => [s(h._id), seedKindOf(h)]))
  const policies = new Map((raw.visit_policies ?? []).map((p) => [s(p._id), p]))
  const counted = new Set<string>()
  for (const v of visits.values()) {
    const kind = kinds.get(s(v.householdId))
    if (!v.counted || !kind) continue
    const period = kindPeriodOf(seedKindPeriods(policies.get(s(v.countyId))), kind, s(v.month))
    if (!period || counted.has(`${s(v.householdId)}_${period}`)) continue
    counted.add(`${s(v.householdId)}_${period}`)
    const { start, months } = parsePeriod(period)
    add(s(v.villageId), start, { [kindVisitedField(kind, months)]: 1 })
  }
  for (const e of raw.rectify_events ?? [])
    if (e.action === 'dispatch') add(s(e.villageId), shanghaiMonth(toDate(e.at)), { rectOpened: 1 })
  for (const i of raw.rectify_items ?? []) {
    if (i.state !== 'closed' || !i.closedAt) continue
    const closedAt = toDate(i.closedAt)
    const from = toDate(i.dispatchedAt ?? i.registeredAt)
    add(s(i.villageId), shanghaiMonth(closedAt), {
      rectClosed: 1,
      rectCloseDays: Math.round(((closedAt.getTime() - from.getTime()) / DAY_MS) * 10) / 10,
    })
  }
  return out
}

function seedKindOf(h: SeedDoc): HouseholdKind {
  const kind = HOUSEHOLD_KIND.schema.safeParse(h.kind)
  const status = REGISTERED_STATUS.schema.safeParse(h.status)
  return kindOf({
    kind: kind.success ? kind.data : undefined,
    status: status.success ? status.data : undefined,
  }).kind
}

function seedKindPeriods(policy: SeedDoc | undefined): KindPeriods {
  const parsed = kindPeriodsSchema.safeParse(policy?.byKind)
  return parsed.success ? parsed.data : DEFAULT_KIND_PERIODS
}

function presenceMonths(raw: Raw): Map<string, SeedDoc> {
  const out = new Map<string, SeedDoc>()
  const base = (d: SeedDoc, month: string): SeedDoc => ({
    _id: `${s(d.personId)}_${month}`,
    personId: d.personId,
    villageId: d.villageId,
    townshipId: d.townshipId,
    countyId: d.countyId,
    month,
  })
  for (const d of raw.presence_days ?? [])
    if (d.counted) bump(out, `${s(d.personId)}_${s(d.month)}`, base(d, s(d.month)), { days: 1 })
  for (const l of raw.presence_leaves ?? []) {
    const range = excusedRange({
      status: l.status as LeaveStatus,
      startDay: s(l.startDay),
      endDay: s(l.endDay),
      returnedDay: (l.returnedDay as string | null) ?? null,
    })
    if (!range) continue
    for (let month = monthOfDay(range.start); month <= monthOfDay(range.end); month = nextMonth(month)) {
      const n = daysWithinMonth(range.start, range.end, month).length
      const type = leaveTypeSchema.safeParse(l.type)
      bump(out, `${s(l.personId)}_${month}`, base(l, month), {
        leaveDays: n,
        ...(type.success ? { [LEAVE_COUNTERS[type.data]]: n } : {}),
      })
    }
  }
  return out
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

function villageStatics(raw: Raw, villages: readonly SeedDoc[], now: Date): Map<string, SeedDoc> {
  const out = new Map<string, SeedDoc>()
  for (const v of villages) {
    const path = v.path as string[]
    out.set(s(v._id), {
      _id: v._id,
      villageId: v._id,
      townshipId: path[path.length - 2],
      countyId: path[path.length - 3],
      households: 0,
      pairedHouseholds: 0,
      householdsByKind: { lifted: 0, monitored: 0, ordinary: 0 },
      residentCadres: 0,
      rectOpen: 0,
      rectOverdue: 0,
      updatedAt: now,
    })
  }
  const kindCounts = new Map<string, Record<HouseholdKind, number>>()
  for (const h of raw.households ?? []) {
    const doc = out.get(s(h.villageId))
    if (!doc) continue
    doc.households = Number(doc.households) + 1
    const byKind = { lifted: 0, monitored: 0, ordinary: 0, ...kindCounts.get(s(h.villageId)) }
    byKind[seedKindOf(h)] += 1
    kindCounts.set(s(h.villageId), byKind)
    doc.householdsByKind = byKind
    if (((h.pairingCadreIds as unknown[] | undefined) ?? []).length > 0)
      doc.pairedHouseholds = Number(doc.pairedHouseholds) + 1
  }
  for (const p of raw.people ?? []) {
    const doc = out.get(s(p.homeUnitId))
    const roles = (p.roles as Array<{ role: string; unitIds: string[] }> | undefined) ?? []
    if (
      doc &&
      p.status === 'active' &&
      roles.some((g) => g.role === 'resident_cadre' && g.unitIds.includes(s(p.homeUnitId)))
    )
      doc.residentCadres = Number(doc.residentCadres) + 1
  }
  for (const i of raw.rectify_items ?? []) {
    const doc = out.get(s(i.villageId))
    if (!doc || !OPEN_STATES.includes(i.state as RectState)) continue
    doc.rectOpen = Number(doc.rectOpen) + 1
    if (toDate(i.deadlineAt).getTime() < now.getTime()) doc.rectOverdue = Number(doc.rectOverdue) + 1
  }
  return out
}

export interface RecountedStats {
  stats_village_month: SeedDoc[]
  presence_months: SeedDoc[]
  stats_village: SeedDoc[]
  stats_unit_month: SeedDoc[]
}

/** Recounts every aggregate from the raw collections; `now` stamps the stored roll-ups. */
export function recountStats(
  raw: Raw,
  now: Date,
  requiredDays = 20,
  counts: LeaveRules['counts'] = DEFAULT_LEAVE_RULES.counts,
): RecountedStats {
  const units = raw.org_units ?? []
  const villages = units.filter((u) => u.level === 'village')
  const villageTownship = new Map(villages.map((v) => [s(v._id), s(v.parentId)]))
  const months = villageMonth(raw, villageTownship)
  const presence = presenceMonths(raw)
  const statics = villageStatics(raw, villages, now)
  const staticMap = new Map(
    [...statics.values()].map((d) => [s(d.villageId), d as unknown as VillageStaticDoc]),
  )
  const monthDocs = [...months.values()] as unknown as VillageMonthDoc[]
  const presenceDocs = [...presence.values()] as unknown as PresenceMonthDoc[]
  const allMonths = [
    ...new Set([...monthDocs.map((d) => d.month), ...presenceDocs.map((d) => d.month)]),
  ].sort()
  const rollups: SeedDoc[] = []
  const policies = new Map((raw.visit_policies ?? []).map((p) => [s(p._id), p]))
  const groups = units
    .filter((u) => u.level === 'county' || u.level === 'township')
    .map((u) => ({
      unit: u,
      ids: villages.filter((v) => (v.path as string[]).includes(s(u._id))).map((v) => s(v._id)),
    }))
  for (const { unit, ids } of groups) {
    for (const m of allMonths) {
      const f = rollUp(
        ids,
        staticMap,
        monthDocs.filter((d) => d.month === m),
        presenceDocs.filter((d) => d.month === m),
        { requiredDays, counts },
      )
      const countyId = unit.level === 'county' ? s(unit._id) : s(unit.parentId)
      const kinds = seedKindPeriods(policies.get(countyId))
      rollups.push({
        _id: `${s(unit._id)}_${m}`,
        unitId: unit._id,
        level: unit.level,
        month: m,
        ...f,
        coverage: rollUpCoverage(ids, staticMap, monthDocs, kinds, m),
        updatedAt: now,
      })
    }
  }
  return {
    stats_village_month: monthDocs as unknown as SeedDoc[],
    presence_months: presenceDocs as unknown as SeedDoc[],
    stats_village: [...statics.values()],
    stats_unit_month: rollups,
  }
}
