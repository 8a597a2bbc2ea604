/**
 * What a stored record must satisfy, per collection, judged by the contract's own schemas (the
 * calendar-checked day and month of types/domain/calendar.ts). Earlier versions accepted any
 * `YYYY-MM-DD`-shaped text; `npm run cloud -- check` finds what they let through.
 */
import { daySchema, monthSchema } from '../../types/domain/calendar'
import { periodSchema } from '../../types/api/visit-schemas'
import { KIND_VISITED_FIELDS } from '../../types/domain/kind-coverage'

export type StoredDoc = Record<string, unknown>

export interface Problem {
  collection: string
  id: string
  field: string
  reason: string
}

interface Rules {
  days?: string[]
  months?: string[]
  periods?: string[]
  /** Stored instants (Date values). */
  instants?: string[]
  /** [start, end] pairs, days or instants: the end may not come before the start. */
  ranges?: Array<[string, string]>
  /** Counters and derived numbers: whole numbers ≥ 0. */
  counts?: string[]
}

/** Dotted paths through nested objects: `slots.am`, `extensionRequest.deadline`. */
function valueAt(doc: StoredDoc, path: string): unknown {
  let here: unknown = doc
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, key)) return undefined
    here = Reflect.get(here, key)
  }
  return here
}

export const RULES: Record<string, Rules> = {
  presence_leaves: {
    days: ['startDay', 'endDay', 'returnedDay'],
    instants: ['createdAt'],
    ranges: [['startDay', 'endDay']],
    counts: ['days'],
  },
  presence_days: { days: ['day'], months: ['month'], counts: ['attempts'] },
  presence_absences: { days: ['day'], months: ['month'] },
  presence_months: { months: ['month'], counts: ['days', 'leaveDays'] },
  work_logs: { days: ['day'], months: ['month'] },
  rectify_items: {
    days: ['deadline', 'originalDeadline', 'extensionRequest.deadline'],
    instants: ['registeredAt', 'deadlineAt', 'signDueAt', 'closedAt'],
    ranges: [['registeredAt', 'closedAt']],
    counts: ['version'],
  },
  public_notices: {
    days: ['startDay', 'endDay'],
    instants: ['createdAt'],
    ranges: [['startDay', 'endDay']],
    counts: ['objections'],
  },
  visits: {
    months: ['month'],
    periods: ['period'],
    instants: ['startedAt', 'endedAt', 'receivedAt'],
    ranges: [['startedAt', 'endedAt']],
    counts: ['version', 'photoCount'],
  },
  visit_coverage: { periods: ['period'], instants: ['lastVisitAt'] },
  stats_village_month: {
    months: ['month'],
    counts: [
      'presenceDays',
      'checkIns',
      'visits',
      'visitedHouseholds',
      'rectOpened',
      'rectClosed',
      ...KIND_VISITED_FIELDS,
    ],
  },
  stats_unit_month: { months: ['month'] },
  inbox: { instants: ['createdAt', 'readAt'] },
}

function comparable(v: unknown): number | string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.getTime()
  return typeof v === 'string' ? v : null
}

/** Problems of one stored document; fields that are absent or null are not judged (they are optional). */
export function problemsOf(collection: string, doc: StoredDoc): Problem[] {
  const rules = RULES[collection]
  if (!rules) return []
  const id = String(doc._id)
  const out: Problem[] = []
  const report = (field: string, reason: string) => out.push({ collection, id, field, reason })
  const each = (fields: string[] | undefined, judge: (field: string, value: unknown) => void) => {
    for (const field of fields ?? []) {
      const value = valueAt(doc, field)
      if (value !== undefined && value !== null) judge(field, value)
    }
  }
  const bySchema =
    (schema: {
      safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } }
    }) =>
    (field: string, value: unknown) => {
      const r = schema.safeParse(value)
      if (!r.success)
        report(field, `${JSON.stringify(value)}：${r.error?.issues[0]?.message ?? '不符合要求'}`)
    }
  each(rules.days, bySchema(daySchema))
  each(rules.months, bySchema(monthSchema))
  each(rules.periods, bySchema(periodSchema))
  each(rules.instants, (field, value) => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
      report(field, `${JSON.stringify(value)}：不是有效的时间`)
  })
  each(rules.counts, (field, value) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      report(field, `${JSON.stringify(value)}：应为不小于 0 的整数`)
  })
  for (const [start, end] of rules.ranges ?? []) {
    const a = comparable(valueAt(doc, start))
    const b = comparable(valueAt(doc, end))
    if (a !== null && b !== null && typeof a === typeof b && b < a)
      report(end, `结束（${end}）早于开始（${start}）`)
  }
  return out
}
