import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadPersonInScope, loadUnitInScope } from '../scope'
import { startSecondment } from '../secondment-start'
import { secondmentView } from '../secondment-view'

/** An admin places a cadre of their scope at a county or township of their scope (商洛 十百千). */
export const postSecondment: Handler<'org', 'postSecondment'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId, ['admin'])
  const { person } = await loadPersonInScope(ctx, input.personId, ['admin'])
  const { doc, created } = await startSecondment(ctx, unit, person, input)
  if (created)
    await writeAudit(
      ctx,
      'secondment',
      doc._id,
      `安排「${person.name}」到${unit.name}挂职${input.position}（${input.batch}，${input.startDay} 至 ${input.plannedEndDay}）`,
    )
  return secondmentView(doc, new Map([[unit._id, unit.name]]), shanghaiDay(ctx.now))
}
