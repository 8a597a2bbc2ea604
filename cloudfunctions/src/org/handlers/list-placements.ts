import { attachStateOf, ATTACH_STATE_LABELS } from '@contract/domain/county-attach'
import type { Placement } from '@contract/api/org-levels'
import type { Handler } from '../../shared/handler'
import type { OrgUnitDoc } from '../../shared/docs'
import { scopeUnitIds } from '../../shared/auth'
import { childrenOf, getUnitsByIds } from '../../shared/org-units'

function placement(county: OrgUnitDoc, prefecture: OrgUnitDoc | undefined): Placement {
  const { state, pending } = attachStateOf(county.parentId !== null, county.attach?.done)
  return {
    id: county._id,
    name: county.name,
    prefectureId: prefecture?._id ?? null,
    prefectureName: prefecture?.name ?? null,
    state,
    stateLabel: ATTACH_STATE_LABELS[state],
    pending,
  }
}

/**
 * What the attach page shows an admin: the 州/市 they administer with the counties beneath (and how far
 * re-pathing got), and the counties they administer that sit under no 州/市 yet (placing one needs both
 * grants: the county's consent and the 州/市's). A county under another 州/市 is not listed.
 */
export const listPlacements: Handler<'org', 'listPlacements'> = async (_input, ctx) => {
  const grants = await getUnitsByIds(ctx.db, [...scopeUnitIds(ctx.caller, ['admin'])])
  const prefectures = [...grants.values()].filter((u) => u.level === 'prefecture')
  const byId = new Map(prefectures.map((p) => [p._id, p]))
  const beneath = (await childrenOf(ctx.db, [...byId.keys()])).filter((u) => u.level === 'county')
  const loose = [...grants.values()].filter((u) => u.level === 'county' && u.parentId === null)
  return {
    prefectures: prefectures.map((p) => ({ id: p._id, name: p.name })),
    counties: [
      ...loose.map((c) => placement(c, undefined)),
      ...beneath.map((c) => placement(c, byId.get(c.parentId ?? ''))),
    ],
  }
}
