import { AppError } from '@contract/errors'
import { POST_LABELS, ROLE_LABELS } from '@contract/domain/role'
import { shanghaiMonth } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { metRuleAt } from '../../shared/presence-policy'
import { isTracked, TRACKED_ROLES } from '../../shared/presence-roster'
import { cadreMet } from '../rollup'
import { presenceMonths } from '../../shared/stats'
import { activePeopleOfUnits } from '../../shared/people'
import { pickReportUnit } from '../scope'

/** A village's resident cadres with their days this month, by name: a list to drill into, not a ranking. */
export const listVillageCadres: Handler<'report', 'listVillageCadres'> = async (input, ctx) => {
  const village = await pickReportUnit(ctx, input.villageId)
  if (village.level !== 'village') throw new AppError('invalid-argument', '请选择村', { field: 'villageId' })
  const month = input.month ?? shanghaiMonth(ctx.now)
  const [people, months, rule] = await Promise.all([
    activePeopleOfUnits(ctx.db, [village._id]),
    presenceMonths(ctx.db, 'village', village._id, month),
    metRuleAt(ctx.db, village),
  ])
  const requiredDays = rule.requiredDays
  const byPerson = new Map(months.map((m) => [m.personId, m]))
  const cadres = people
    .filter((p) => isTracked(p, village._id))
    .map((p) => {
      const grant = p.roles.find((g) => TRACKED_ROLES.includes(g.role) && g.unitIds.includes(village._id))
      const m = byPerson.get(p._id)
      return {
        personId: p._id,
        name: p.name,
        post: grant?.post ? POST_LABELS[grant.post] : ROLE_LABELS.resident_cadre,
        days: m?.days ?? 0,
        leaveDays: m?.leaveDays ?? 0,
        met: cadreMet(m ?? {}, rule),
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
  return {
    village: { id: village._id, name: village.name, level: village.level },
    month,
    requiredDays,
    cadres,
  }
}
