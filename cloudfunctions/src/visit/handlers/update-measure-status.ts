import { AppError } from '@contract/errors'
import { MEASURE_STATUS } from '@contract/domain/monitoring'
import { statusChangeError } from '@contract/domain/household-measure'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadHousehold } from '../../shared/households'
import { getMeasure, moveMeasure } from '../../shared/household-measures'
import { mayManageMeasures, standingOnHousehold } from '../measure-access'
import { toMeasureView } from '../measure-view'

/** Moves a measure forward (计划中 → 实施中 → 已落实); its responsible person may do so too. */
export const updateMeasureStatus: Handler<'visit', 'updateMeasureStatus'> = async (input, ctx) => {
  const me = ctx.caller.person
  const m = await getMeasure(ctx.db, input.measureId)
  if (!m) throw new AppError('not-found', '未找到该帮扶措施')
  const h = await loadHousehold(ctx.db, m.householdId)
  if (m.responsibleId !== me._id && !mayManageMeasures(standingOnHousehold(ctx.caller, h)))
    throw new AppError(
      'permission-denied',
      '只有措施责任人、本村工作队、该户帮扶责任人或上级可以更新措施进度',
    )
  const refused = statusChangeError(m.status, input.status)
  if (refused) throw new AppError('failed-precondition', refused)
  if (input.status === 'done' && input.note === '')
    throw new AppError('invalid-argument', '标记已落实时请写明落实情况', { field: 'note' })
  const record = { status: input.status, byId: me._id, byName: me.name, at: ctx.now, note: input.note }
  const moved = await moveMeasure(ctx.db, m._id, m.status, {
    status: input.status,
    history: ctx.db.command.push(record),
    updatedAt: ctx.now,
  })
  if (!moved) throw new AppError('conflict', '该措施刚被他人更新，请刷新后再试')
  await writeAudit(
    ctx,
    'household_measure',
    m._id,
    `帮扶措施进度：${MEASURE_STATUS.labels[m.status]} → ${MEASURE_STATUS.labels[input.status]}${input.note ? `，${input.note}` : ''}`,
  )
  const next = { ...m, status: input.status, history: [...m.history, record], updatedAt: ctx.now }
  return { measure: toMeasureView(next, shanghaiDay(ctx.now)) }
}
