import { AppError } from '@contract/errors'
import type { Role } from '@contract/domain/role'
import type { Database, Where } from '../shared/db-types'
import type { Caller } from '../shared/context'
import { scopeUnitIds } from '../shared/auth'
import { childrenOf, getUnitsByIds } from '../shared/org-units'

/**
 * The caller's scope as index-friendly clauses: a county grant becomes `countyId`, a township
 * grant `townshipId`, a village grant `villageId`, a 州/市 grant `countyId` in its counties — each
 * one hits a `<level>Id + state` index.
 */
export async function scopeClauses(db: Database, caller: Caller, roles: readonly Role[]): Promise<Where[]> {
  const ids = [...scopeUnitIds(caller, roles)]
  const units = await getUnitsByIds(db, ids)
  const clauses: Where[] = []
  const prefectures: string[] = []
  for (const unit of units.values()) {
    if (unit.level === 'county') clauses.push({ countyId: unit._id })
    else if (unit.level === 'township') clauses.push({ townshipId: unit._id })
    else if (unit.level === 'village') clauses.push({ villageId: unit._id })
    else if (unit.level === 'prefecture') prefectures.push(unit._id)
  }
  // A 州/市 is its counties, so its ledger still runs on the `countyId + state` index.
  if (prefectures.length > 0) {
    const counties = (await childrenOf(db, prefectures)).filter((u) => u.level === 'county')
    if (counties.length > 0) clauses.push({ countyId: db.command.in(counties.map((c) => c._id)) })
  }
  return clauses
}

/** Scope AND filters in one where; an empty scope matches nothing. */
export function scopedWhere(db: Database, clauses: Where[], filters: Where): Where | unknown {
  if (clauses.length === 0) throw new AppError('permission-denied', '您没有可查看的整改范围')
  const _ = db.command
  if (clauses.length === 1) {
    const only = clauses[0]
    const clash = Object.keys(only).some((k) => k in filters && filters[k] !== only[k])
    return clash ? _.and(only, filters) : { ...filters, ...only }
  }
  return _.and(_.or(...clauses), filters)
}
