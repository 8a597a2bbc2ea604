import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds, loadUnit, villagesUnder } from '../../shared/org-units'
import { townshipIdOrThrow } from '../../shared/org-tree'
import { unexcusedOfTownshipsYear } from '../../shared/presence-absences'
import { namesByIds } from '../../shared/people'
import { absenceStatus, absenceView } from '../absence-view'

/** This year's 暗访 absences that no one has confirmed or excused yet, in the caller's scope (or one village). */
export const listPendingAbsences: Handler<'presence', 'listPendingAbsences'> = async (input, ctx) => {
  const scope = scopeUnitIds(ctx.caller, SUPERVISING_ROLES)
  let villageIds: Set<string> | null = null
  let townshipIds: string[]
  if (input.villageId) {
    const village = await loadUnit(ctx.db, input.villageId)
    if (village.level !== 'village')
      throw new AppError('invalid-argument', '请选择行政村', { field: 'villageId' })
    requireInScope(village.path, scope)
    villageIds = new Set([village._id])
    townshipIds = [townshipIdOrThrow(village)]
  } else {
    const scopeUnits = [...(await getUnitsByIds(ctx.db, [...scope])).values()]
    const direct = scopeUnits.filter((u) => u.level === 'township').map((u) => u._id)
    const wide = scopeUnits.filter((u) => u.level === 'county' || u.level === 'prefecture').map((u) => u._id)
    const below = wide.length ? (await villagesUnder(ctx.db, wide)).map(townshipIdOrThrow) : []
    townshipIds = [...new Set([...direct, ...below])]
  }
  const all = await unexcusedOfTownshipsYear(ctx.db, townshipIds, shanghaiDay(ctx.now).slice(0, 4))
  const counts = new Map<string, number>()
  for (const a of all) counts.set(a.personId, (counts.get(a.personId) ?? 0) + 1)
  const pending = all
    .filter((a) => absenceStatus(a) === 'pending' && (!villageIds || villageIds.has(a.villageId)))
    .slice(0, 100)
  const [names, villages] = await Promise.all([
    namesByIds(
      ctx.db,
      pending.map((a) => a.personId),
    ),
    getUnitsByIds(
      ctx.db,
      pending.map((a) => a.villageId),
    ),
  ])
  const items = pending.flatMap((a) => {
    const village = villages.get(a.villageId)
    return village
      ? [
          absenceView(a, {
            name: names.get(a.personId) ?? '',
            village,
            unexcusedThisYear: counts.get(a.personId) ?? 0,
            caller: ctx.caller,
          }),
        ]
      : []
  })
  return { items }
}
