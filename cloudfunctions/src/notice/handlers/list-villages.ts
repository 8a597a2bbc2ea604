import type { Handler } from '../../shared/handler'
import { initialsOf } from '../../shared/initials'
import { unitsByLevel } from '../../shared/org-units'

/** Every village of the county with its township and initials, for a villager to find and pick theirs once. */
export const listVillages: Handler<'notice', 'listVillages'> = async (_input, ctx) => {
  const [townships, villages] = await Promise.all([
    unitsByLevel(ctx.db, 'township'),
    unitsByLevel(ctx.db, 'village'),
  ])
  const names = new Map(townships.map((t) => [t._id, t.name]))
  return {
    villages: villages.map((v) => ({
      code: v.code,
      name: v.name,
      initials: initialsOf(v.name),
      townshipName: names.get(v.parentId ?? '') ?? '',
    })),
  }
}
