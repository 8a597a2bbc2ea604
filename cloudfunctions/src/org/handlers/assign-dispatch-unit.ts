import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { updatePerson } from '../../shared/people'
import { loadPersonInScope } from '../scope'
import { loadDispatchUnitFor } from '../dispatch-scope'

/** Which 派出单位 sent a resident cadre (null: a local cadre, sent by no one). */
export const assignDispatchUnit: Handler<'org', 'assignDispatchUnit'> = async (input, ctx) => {
  const { person } = await loadPersonInScope(ctx, input.personId, ['admin'])
  if (!person.roles.some((g) => g.role === 'resident_cadre'))
    throw new AppError('failed-precondition', '只有驻村干部需要设置派出单位')
  let label = '无（本地干部）'
  if (input.dispatchUnitId !== null) {
    const unit = await loadDispatchUnitFor(ctx, input.dispatchUnitId, true)
    if (unit.status !== 'active')
      throw new AppError('failed-precondition', '该派出单位已归档，不能再选派干部')
    label = unit.name
  }
  await updatePerson(ctx.db, person._id, { dispatchUnitId: input.dispatchUnitId }, ctx.now)
  await writeAudit(ctx, 'person', person._id, `设置「${person.name}」的派出单位为 ${label}`)
  return { ok: true as const }
}
