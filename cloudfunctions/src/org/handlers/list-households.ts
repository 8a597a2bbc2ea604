import { AppError } from '@contract/errors'
import { VILLAGE_ROLES, type Role } from '@contract/domain/role'
import { householdSchema } from '@contract/domain/household'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { toHouseholdView } from '../../shared/household-view'
import { listVillageHouseholds } from '../../shared/households'
import { loadUnitInScope } from '../scope'

// Everyone in scope but a pairing cadre sees the whole village; a pairing cadre's duty is their own households.
const WHOLE_VILLAGE_ROLES: readonly Role[] = [
  'admin',
  'supervisor',
  'township_leader',
  ...VILLAGE_ROLES.filter((r) => r !== 'pairing_cadre'),
]

export const listHouseholds: Handler<'org', 'listHouseholds'> = async (input, ctx) => {
  const village = await loadUnitInScope(ctx, input.villageId)
  if (village.level !== 'village')
    throw new AppError('invalid-argument', '请选择一个村', { field: 'villageId' })
  const whole = pathInScope(village.path, scopeUnitIds(ctx.caller, WHOLE_VILLAGE_ROLES))
  const pairedWith = whole ? null : ctx.caller.person._id
  const page = await listVillageHouseholds(ctx.db, village._id, pairedWith, input)
  return { ...viewsOf(ctx, page.items, toHouseholdView, householdSchema), total: page.total }
}
