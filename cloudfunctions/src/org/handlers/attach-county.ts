import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { loadUnit, markAttachStep, placeUnit } from '../../shared/org-units'
import { repathAllUnder } from '../repath-county'

/** Records rewritten per call: well inside the function time limit; the caller calls again until done. */
const BUDGET = 4000

/**
 * Puts a county under a 州/市 and gives every unit and record beneath it the new ancestor, in one step
 * that may be interrupted and run again. Placing needs admin grants on both (the county's consent and
 * the 州/市's); once placed, the 州/市 admin alone may run it again to finish.
 */
export const attachCounty: Handler<'org', 'attachCounty'> = async (input, ctx) => {
  const [county, prefecture] = await Promise.all([
    loadUnit(ctx.db, input.countyId, '区县不存在'),
    loadUnit(ctx.db, input.prefectureId, '州/市不存在'),
  ])
  if (county.level !== 'county') throw new AppError('invalid-argument', '请选择区县', { field: 'countyId' })
  if (prefecture.level !== 'prefecture')
    throw new AppError('invalid-argument', '请选择州/市', { field: 'prefectureId' })
  const admin = scopeUnitIds(ctx.caller, ['admin'])
  requireInScope(county.path, admin)
  requireInScope(prefecture.path, admin)
  if (county.parentId !== null && county.parentId !== prefecture._id)
    throw new AppError('failed-precondition', '该区县已属于其他州/市')
  const placed = county.parentId === null
  const anchor = placed ? await placeUnit(ctx.db, county, prefecture, ctx.now) : county
  const { fixed, done } = await repathAllUnder(ctx.db, anchor, input.batch ?? BUDGET)
  await markAttachStep(ctx.db, county._id, 'org', done)
  const total = Object.values(fixed).reduce((n, x) => n + x, 0)
  if (placed || total > 0) {
    const what = placed ? `将「${county.name}」归入「${prefecture.name}」` : `「${county.name}」路径补全`
    await writeAudit(
      ctx,
      'org_unit',
      county._id,
      `${what}；补全路径 ${total} 条${done ? '，已完成' : '，未完，需再次执行'}`,
    )
  }
  return { countyId: county._id, prefectureId: prefecture._id, fixed, done }
}
