import { POST_LABELS, ROLE_LABELS } from '@contract/domain/role'
import type { Handler } from '../../shared/handler'
import { AppError } from '@contract/errors'
import { RECT_ROLES, RESPONSIBLE_ROLES } from '../access'
import { placeOf } from '../item-factory'
import { activePeopleOfUnits } from '../../shared/people'
import { pathInScope, scopeUnitIds } from '../../shared/auth'

export const listResponsibles: Handler<'rectify', 'listResponsibles'> = async (input, ctx) => {
  const place = await placeOf(ctx.db, input.villageId)
  if (!pathInScope(place.village.path, scopeUnitIds(ctx.caller, RECT_ROLES)))
    throw new AppError('permission-denied', '该村不在您的管辖范围内')
  const people = await activePeopleOfUnits(ctx.db, [input.villageId])
  return {
    people: people.flatMap((p) => {
      const grant = p.roles.find(
        (g) => RESPONSIBLE_ROLES.includes(g.role) && g.unitIds.includes(input.villageId),
      )
      if (!grant) return []
      return [
        {
          id: p._id,
          name: p.name,
          postLabel: grant.post ? POST_LABELS[grant.post] : ROLE_LABELS[grant.role],
        },
      ]
    }),
  }
}
