import { AppError } from '@contract/errors'
import { secondmentViewSchema } from '@contract/api/org-secondments'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { getUnitsByIds } from '../../shared/org-units'
import { secondmentsUnder } from '../../shared/secondments'
import { loadUnitInScope } from '../scope'
import { secondmentView } from '../secondment-view'

/** The 挂职 roster of a unit and the units below it: serving now by start day, then past terms. */
export const listSecondments: Handler<'org', 'listSecondments'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId, ['admin', 'supervisor', 'township_leader'])
  if (unit.level === 'village' || unit.level === 'group')
    throw new AppError('invalid-argument', '挂职名单按州/市、区县或乡镇查看', { field: 'unitId' })
  const all = await secondmentsUnder(ctx.db, unit._id)
  const units = await getUnitsByIds(ctx.db, [...new Set(all.map((s) => s.unitId))])
  const names = new Map([...units.values()].map((u) => [u._id, u.name]))
  const today = shanghaiDay(ctx.now)
  const active = all.filter((s) => s.status === 'active')
  const ended = all
    .filter((s) => s.status === 'ended')
    .sort((a, b) => (b.endedDay ?? '').localeCompare(a.endedDay ?? ''))
  const a = viewsOf(ctx, active, (s) => secondmentView(s, names, today), secondmentViewSchema)
  const e = viewsOf(ctx, ended, (s) => secondmentView(s, names, today), secondmentViewSchema)
  return {
    unitId: unit._id,
    unitName: unit.name,
    active: a.items,
    ended: e.items,
    skipped: a.skipped + e.skipped,
  }
}
