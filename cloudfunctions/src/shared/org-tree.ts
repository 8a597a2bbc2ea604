import { AppError } from '@contract/errors'
import type { OrgLevel } from '@contract/domain/org-unit'

/**
 * Where a unit sits in the org tree, read off its `path` (ancestor ids, then its own id). The tree is
 * prefecture › county › township › village › group; a county may have no prefecture above it. Every
 * lookup answers null when the unit has no such ancestor (a county has no township, a prefecture no
 * county) or its path is too short to hold one; callers that need one say so with `…OrThrow`.
 */
export interface TreeUnit {
  _id: string
  level: OrgLevel
  path: readonly string[]
}

const RANK: Record<OrgLevel, number> = { prefecture: 0, county: 1, township: 2, village: 3, group: 4 }

/** The id of the unit's ancestor (or itself) at `level`, or null. */
export function ancestorIdOf(unit: TreeUnit, level: OrgLevel): string | null {
  const up = RANK[unit.level] - RANK[level]
  if (up < 0) return null
  const at = unit.path.length - 1 - up
  return at >= 0 ? (unit.path[at] ?? null) : null
}

export const prefectureIdOf = (unit: TreeUnit): string | null => ancestorIdOf(unit, 'prefecture')
export const countyIdOf = (unit: TreeUnit): string | null => ancestorIdOf(unit, 'county')
export const townshipIdOf = (unit: TreeUnit): string | null => ancestorIdOf(unit, 'township')
export const villageIdOf = (unit: TreeUnit): string | null => ancestorIdOf(unit, 'village')

/** The county of a unit at or below one; a unit above counties (or a broken path) is refused. */
export function countyIdOrThrow(unit: TreeUnit): string {
  const id = countyIdOf(unit)
  if (id === null) throw new AppError('failed-precondition', '该单位不属于任何区县')
  return id
}

/** The township of a unit at or below one (a village's township). */
export function townshipIdOrThrow(unit: TreeUnit): string {
  const id = townshipIdOf(unit)
  if (id === null) throw new AppError('failed-precondition', '该单位不属于任何乡镇')
  return id
}

/** The counties a set of units lie in (or are), once each; units above counties add none. */
export function countyIdsOf(units: Iterable<TreeUnit>): string[] {
  const ids = new Set<string>()
  for (const u of units) {
    const id = countyIdOf(u)
    if (id !== null) ids.add(id)
  }
  return [...ids]
}

/** The ids a village's path names (households carry it as `unitPath`); null where the path is short. */
export function placeOfVillagePath(path: readonly string[]): {
  countyId: string | null
  townshipId: string | null
  villageId: string | null
} {
  const village: TreeUnit = { _id: path[path.length - 1] ?? '', level: 'village', path }
  return { countyId: countyIdOf(village), townshipId: townshipIdOf(village), villageId: villageIdOf(village) }
}
