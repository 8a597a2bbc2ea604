import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { coveragePercent, periodLabel } from '@contract/domain/visit-period'
import type { Handler } from '../../shared/handler'
import type { OrgUnitDoc } from '../../shared/docs'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds, loadUnit, unitsUnderUnits } from '../../shared/org-units'
import { TEAM_ROLES } from '../access'
import { householdCoverage, townshipRows, villageKindRows, villageRows } from '../coverage-build'
import { kindPeriodsLabel } from '@contract/domain/kind-coverage'
import { shanghaiMonth } from '@contract/domain/presence-time'
import { peopleByIds } from '../../shared/people'
import { currentPeriod, kindPeriodsNow } from '../period'
import { coverageOfVillage } from '../../shared/visit-coverage'
import { householdsDue } from '../../shared/household-due'
import { householdsOfVillage } from '../../shared/households'
import { countyIdOrThrow } from '../../shared/org-tree'
import { prefectureCoverage } from '../prefecture-coverage'

/** The unit asked for, or the broadest one the caller oversees (else their team village). */
export async function pickUnit(
  ctx: Parameters<Handler<'visit', 'getCoverage'>>[1],
  unitId?: string,
): Promise<OrgUnitDoc> {
  const overseen = scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  const team = scopeUnitIds(ctx.caller, TEAM_ROLES)
  const id = unitId ?? [...overseen][0] ?? [...team][0]
  if (!id) throw new AppError('permission-denied', '您没有可查看的范围')
  const unit = await loadUnit(ctx.db, id)
  const ok = pathInScope(unit.path, overseen) || (unit.level === 'village' && pathInScope(unit.path, team))
  if (!ok) throw new AppError('permission-denied', '该单位不在您的管辖范围内')
  return unit
}

/** 州/市 → counties, county → townships, township → villages (from counters), village → pairing cadres and unvisited households. */
export const getCoverage: Handler<'visit', 'getCoverage'> = async (input, ctx) => {
  const unit = await pickUnit(ctx, input.unitId)
  if (unit.level === 'prefecture') return prefectureCoverage(ctx.db, unit, input.period, ctx.now)
  if (unit.level !== 'county' && unit.level !== 'township' && unit.level !== 'village')
    throw new AppError('invalid-argument', '请选择州/市、区县、乡镇或村', { field: 'unitId' })
  const countyId = countyIdOrThrow(unit)
  const period = input.period ?? (await currentPeriod(ctx.db, countyId, ctx.now)).period
  const head = {
    unit: { id: unit._id, name: unit.name, level: unit.level },
    period,
    periodLabel: periodLabel(period),
  }
  if (unit.level === 'village') {
    const { households, coverage } = await villageCoverage(
      ctx,
      unit._id,
      countyId,
      input.period ?? null,
      period,
    )
    const people = await peopleByIds(
      ctx.db,
      households.flatMap((h) => h.pairingCadreIds),
    )
    const c = householdCoverage(households, coverage, people)
    return {
      ...head,
      ...(input.period ? {} : { periodLabel: '本周期' }),
      total: households.length,
      visited: c.visited,
      visits: c.visits,
      percent: coveragePercent(c.visited, households.length),
      rows: c.rows,
      rowKind: 'cadre',
      unvisited: c.unvisited,
    }
  }
  const villages = await unitsUnderUnits(ctx.db, [unit], 'village')
  // Now: each kind in its own 本周期. A grid period asked by name: every household against it.
  const kinds = input.period ? null : await kindPeriodsNow(ctx.db, countyId, ctx.now)
  const { rows, visits } = kinds
    ? await villageKindRows(ctx.db, villages, kinds, shanghaiMonth(ctx.now))
    : await villageRows(ctx.db, villages, period)
  const total = rows.reduce((n, r) => n + r.total, 0)
  const visited = rows.reduce((n, r) => n + r.visited, 0)
  const folded =
    unit.level === 'county'
      ? townshipRows(
          rows,
          villages,
          await getUnitsByIds(
            ctx.db,
            villages.map((v) => v.parentId ?? ''),
          ),
        )
      : rows
  return {
    ...head,
    ...(kinds ? { periodLabel: `本周期：${kindPeriodsLabel(kinds)}` } : {}),
    total,
    visited,
    visits,
    percent: coveragePercent(visited, total),
    rows: folded,
    rowKind: unit.level === 'county' ? 'township' : 'village',
    unvisited: [],
  }
}

/**
 * A village's households against a period. Now: each in its own 本周期 (its kind's period), counting
 * only kinds with a set period. A past grid period asked by name: every household against it.
 */
async function villageCoverage(
  ctx: Parameters<Handler<'visit', 'getCoverage'>>[1],
  villageId: string,
  countyId: string,
  asked: string | null,
  period: string,
) {
  const households = await householdsOfVillage(ctx.db, villageId)
  if (asked) return { households, coverage: await coverageOfVillage(ctx.db, villageId, period) }
  const due = await householdsDue(ctx.db, countyId, households, ctx.now)
  const coverage = new Map<string, { visits: number }>()
  for (const [id, d] of due) if (d.required && !d.due) coverage.set(id, { visits: d.visits })
  return { households: households.filter((h) => due.get(h._id)?.required), coverage }
}
