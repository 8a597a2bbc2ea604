import { ROLE_LABELS, POST_LABELS, SUPERVISING_ROLES, VILLAGE_ROLES } from '@contract/domain/role'
import type { CountItem } from '@contract/api/common'
import type { Handler } from '../../shared/handler'
import { childrenOf, countUnitsUnder, getUnitsByIds } from '../../shared/org-units'
import { scopeUnitIds } from '../../shared/auth'
import { dispatchUnitsByIds } from '../../shared/dispatch-units'
import { villageTotalsUnder } from '../../shared/stats'
import { unreadCount } from '../../shared/notify'
import { countyIdOf } from '../../shared/org-tree'
// The presence function's own reader of its policy (as report does): one doc read here saves the
// village team's check-in card a call of its own on every app open.
import { loadPolicyAt } from '../../shared/presence-policy'
import { cardPhoneView } from '../../shared/people'

export const getWorkbench: Handler<'org', 'getWorkbench'> = async (_input, ctx) => {
  const person = ctx.caller.person
  const allIds = ctx.caller.roles.flatMap((g) => g.unitIds)
  const [units, unread] = await Promise.all([getUnitsByIds(ctx.db, allIds), unreadCount(ctx.db, person._id)])
  const roles = ctx.caller.roles.map((g) => ({
    role: g.role,
    label: ROLE_LABELS[g.role],
    post: g.post,
    postLabel: g.post ? POST_LABELS[g.post] : undefined,
    units: g.unitIds.flatMap((id) => {
      const u = units.get(id)
      return u ? [{ id: u._id, name: u.name, level: u.level }] : []
    }),
  }))
  // A 派出单位 contact's grant names their 派出单位, not an org unit: their scope reads as its name.
  const contactOf = [...scopeUnitIds(ctx.caller, ['dispatch_contact'])]
  const dispatchNames =
    contactOf.length > 0 ? [...(await dispatchUnitsByIds(ctx.db, contactOf)).values()].map((u) => u.name) : []
  const scopeNames = [...new Set([...roles.flatMap((r) => r.units.map((u) => u.name)), ...dispatchNames])]
  const scope = [...scopeUnitIds(ctx.caller)]
  const supervising = [...scopeUnitIds(ctx.caller, SUPERVISING_ROLES)]
  const counts: CountItem[] = []
  if (supervising.length > 0) {
    counts.push({
      key: 'villages',
      label: '管辖村数',
      value: await countUnitsUnder(ctx.db, supervising, 'village'),
    })
  }
  const firstUnit = [...units.values()][0]
  const countyId = firstUnit ? countyIdOf(firstUnit) : null
  const checksIn = ctx.caller.roles.some((g) => VILLAGE_ROLES.includes(g.role))
  // The village counters name their county, township and village, not a 州/市: count its counties.
  const prefectures = [...units.values()].filter((u) => u.level === 'prefecture').map((u) => u._id)
  const counties =
    prefectures.length > 0
      ? (await childrenOf(ctx.db, prefectures)).filter((u) => u.level === 'county').map((u) => u._id)
      : []
  const [totals, checkInPolicy] = await Promise.all([
    villageTotalsUnder(ctx.db, [...scope, ...counties]),
    checksIn && firstUnit && countyId ? loadPolicyAt(ctx.db, firstUnit) : Promise.resolve(null),
  ])
  counts.push({ key: 'cadres', label: '驻村干部', value: totals.residentCadres })
  counts.push({ key: 'households', label: '建档立卡户', value: totals.households })
  return {
    person: {
      id: person._id,
      name: person.name,
      phoneMasked: person.phoneMasked,
      cardPhone: cardPhoneView(person),
    },
    roles,
    scopeLabel: scopeNames.join('、') || '未分配范围',
    counts,
    unread,
    checkInPolicy,
  }
}
