import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import { POSTING_END_LABELS } from '@contract/domain/posting'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { unitById } from '../../shared/org-units'
import { getSecondment, updateSecondment } from '../../shared/secondments'
import { secondmentView } from '../secondment-view'

/** Ends a 挂职 by rotation, recall (召回调整, with its reason) or completion; the record stays. */
export const endSecondment: Handler<'org', 'endSecondment'> = async (input, ctx) => {
  const doc = await getSecondment(ctx.db, input.secondmentId)
  if (!doc) throw new AppError('not-found', '挂职记录不存在')
  requireInScope(doc.unitPath, scopeUnitIds(ctx.caller, ['admin']))
  if (doc.status !== 'active') throw new AppError('failed-precondition', '该挂职已结束')
  const today = shanghaiDay(ctx.now)
  if (input.endDay < doc.startDay)
    throw new AppError('invalid-argument', `结束日期不能早于到任日期 ${doc.startDay}`, { field: 'endDay' })
  if (input.endDay > today)
    throw new AppError('invalid-argument', '结束日期不能晚于今天', { field: 'endDay' })
  if (input.endKind === 'recall' && !input.recallReason)
    throw new AppError('invalid-argument', '请选择召回调整的原因类别', { field: 'recallReason' })
  if (input.endKind === 'recall' && (input.note ?? '').length < 2)
    throw new AppError('invalid-argument', '召回调整须写明理由', { field: 'note' })
  if (input.endKind !== 'recall' && input.recallReason)
    throw new AppError('invalid-argument', '只有召回调整需要原因类别', { field: 'recallReason' })
  const ended = {
    status: 'ended' as const,
    endedDay: input.endDay,
    endKind: input.endKind,
    recallReason: input.recallReason ?? null,
    endNote: input.note ?? null,
    updatedAt: ctx.now,
  }
  await updateSecondment(ctx.db, doc._id, ended)
  const unit = await unitById(ctx.db, doc.unitId)
  await writeAudit(
    ctx,
    'secondment',
    doc._id,
    `结束「${doc.personName}」在${unit?.name ?? ''}的挂职（${POSTING_END_LABELS[input.endKind]}，${input.endDay}）`,
  )
  return secondmentView({ ...doc, ...ended }, new Map([[doc.unitId, unit?.name ?? '']]), today)
}
