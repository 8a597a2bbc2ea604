import type { Handler } from '../../shared/handler'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { scopeUnitIds } from '../../shared/auth'
import { RESPONSIBLE_ROLES } from '../access'
import { villageOptionsUnder } from '../repo-units'

/** Villages the caller may register in: overseers any source, village cadres 自查 in their own. */
export const getRegisterOptions: Handler<'rectify', 'getRegisterOptions'> = async (_input, ctx) => {
  const full = await villageOptionsUnder(ctx.db, [...scopeUnitIds(ctx.caller, SUPERVISING_ROLES)])
  const own = await villageOptionsUnder(ctx.db, [...scopeUnitIds(ctx.caller, RESPONSIBLE_ROLES)])
  const fullIds = new Set(full.map((v) => v.id))
  return {
    villages: [
      ...full.map((v) => ({ ...v, selfCheckOnly: false })),
      ...own.filter((v) => !fullIds.has(v.id)).map((v) => ({ ...v, selfCheckOnly: true })),
    ],
  }
}
