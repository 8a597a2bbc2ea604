import { SUPERVISING_ROLES } from '@contract/domain/role'
import { excusedRange } from '@contract/domain/presence'
import { shanghaiClock, shanghaiDay } from '@contract/domain/presence-time'
import type { TodayView } from '@contract/api/presence-views'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds, loadUnit, villagesUnder } from '../../shared/org-units'
import { townshipIdOrThrow } from '../../shared/org-tree'
import { daysOfVillages } from '../../shared/presence-days'
import { leavesOfVillagesFrom } from '../../shared/presence-leaves'
import { cadresOfVillages } from '../../shared/presence-roster'

const STATUS_LABELS = {
  recorded: '已记录',
  attempted: '已签到未计入',
  on_leave: '请假',
  not_recorded: '未记录',
} as const

/**
 * Today for a supervisor's scope, per village (four reads whatever the scope size), and the cadres
 * of one village when asked. A record made or not is a fact to look at, not a score.
 */
export const getToday: Handler<'presence', 'getToday'> = async (input, ctx) => {
  const scope = scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  if (input.villageId) requireInScope((await loadUnit(ctx.db, input.villageId)).path, scope)
  const villages = await villagesUnder(ctx.db, [...scope])
  const ids = villages.map((v) => v._id)
  const today = shanghaiDay(ctx.now)
  const [cadres, days, leaves, townships] = await Promise.all([
    cadresOfVillages(ctx.db, ids),
    ids.length ? daysOfVillages(ctx.db, ids, today) : Promise.resolve([]),
    ids.length ? leavesOfVillagesFrom(ctx.db, ids, today) : Promise.resolve([]),
    getUnitsByIds(ctx.db, villages.map(townshipIdOrThrow)),
  ])
  const dayOf = new Map(days.map((d) => [d.personId, d]))
  const onLeave = new Set(
    leaves
      .filter((l) => {
        const r = excusedRange(l)
        return r !== null && r.start <= today && today <= r.end
      })
      .map((l) => l.personId),
  )
  const rows = cadres.map((c) => {
    const d = dayOf.get(c.person._id)
    const status: keyof typeof STATUS_LABELS = d?.counted
      ? 'recorded'
      : onLeave.has(c.person._id)
        ? 'on_leave'
        : d
          ? 'attempted'
          : 'not_recorded'
    return {
      villageId: c.villageId,
      view: {
        personId: c.person._id,
        name: c.person.name,
        postLabel: c.postLabel,
        status,
        statusLabel: STATUS_LABELS[status],
        time: d?.firstAt ? shanghaiClock(new Date(d.firstAt)) : null,
        syncedLate: d?.syncedLate ?? false,
        signs: d?.signs ?? [],
      },
    }
  })
  const result: TodayView = {
    day: today,
    villages: villages.map((v) => {
      const mine = rows.filter((r) => r.villageId === v._id).map((r) => r.view)
      return {
        id: v._id,
        name: v.name,
        townshipName: townships.get(townshipIdOrThrow(v))?.name ?? '',
        total: mine.length,
        recorded: mine.filter((m) => m.status === 'recorded').length,
        onLeave: mine.filter((m) => m.status === 'on_leave').length,
        notRecorded: mine.filter((m) => m.status === 'not_recorded' || m.status === 'attempted').length,
        flagged: mine.filter((m) => m.signs.length > 0).length,
      }
    }),
    cadres: input.villageId ? rows.filter((r) => r.villageId === input.villageId).map((r) => r.view) : [],
  }
  return result
}
