import type { ImportIssue } from '@contract/api/imports'
import type { OrgLevel } from '@contract/domain/org-unit'
import type { Doc } from '../shared/db-types'

/** What an import would write for one collection. */
export interface WritePlan {
  creates: Doc[]
  updates: Array<{ id: string; data: Doc }>
  unchanged: number
}

export function emptyPlan(): WritePlan {
  return { creates: [], updates: [], unchanged: 0 }
}

export interface UnitRef {
  id: string
  code: string
  level: OrgLevel
  path: string[]
  parentId: string | null
}

/** Shared by the planners: issues so far, the caller's scope, the clock. */
export interface PlanContext {
  issues: ImportIssue[]
  scope: Set<string>
  now: Date
  /** Active 派出单位 of the admin's county, by name: the people sheet names them. */
  dispatchUnits: Map<string, string>
}

/** Stable JSON for "did anything change" comparisons (key order never counts as a change). */
export function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b)
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const obj = v as Record<string, unknown>
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${k}:${stable(obj[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v ?? null)
}
