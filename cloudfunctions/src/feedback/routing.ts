import { AppError } from '@contract/errors'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds, unitByCode } from '../shared/org-units'

export interface Route {
  host: OrgUnitDoc
  village: OrgUnitDoc | null
}

/**
 * The 主办单位 that answers: the organization department of the county the sender belongs to (a
 * cadre's home unit; a villager's village, the one whose public page they use), or of the prefecture
 * when the sender sits above any county.
 */
export async function routeOf(ctx: HandlerContext, villageCode: string | undefined): Promise<Route> {
  const person = ctx.caller.person
  let startId: string | null = person ? person.homeUnitId : null
  if (!startId) {
    if (!villageCode)
      throw new AppError('invalid-argument', '请从本村公示页进入后再提交投诉建议', { field: 'villageCode' })
    const unit = await unitByCode(ctx.db, villageCode)
    if (!unit) throw new AppError('not-found', '未找到该村，请重新扫码进入本村公示页')
    startId = unit._id
  }
  const start = (await getUnitsByIds(ctx.db, [startId])).get(startId)
  if (!start) throw new AppError('failed-precondition', '未找到您所属的单位，请联系组织部')
  if (!person && start.level !== 'village')
    throw new AppError('invalid-argument', '请从本村公示页进入后再提交投诉建议', { field: 'villageCode' })
  const chain = await getUnitsByIds(ctx.db, start.path)
  const units = start.path.map((id) => chain.get(id)).filter((u): u is OrgUnitDoc => !!u)
  const host = units.find((u) => u.level === 'county') ?? units.find((u) => u.level === 'prefecture')
  if (!host) throw new AppError('failed-precondition', '未找到受理投诉建议的组织部，请联系管理员')
  return { host, village: start.level === 'village' ? start : null }
}
