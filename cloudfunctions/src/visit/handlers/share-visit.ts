import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { standingOn } from '../access'
import { getVisitDoc, updateVisit } from '../repo-visits'

/** 走访报告共享: the village team or an overseer offers a visit as an example; others see it masked. */
export const shareVisit: Handler<'visit', 'shareVisit'> = async (input, ctx) => {
  const visit = await getVisitDoc(ctx.db, input.visitId)
  if (!visit) throw new AppError('not-found', '未找到该走访记录')
  const s = standingOn(ctx.caller, visit.path, visit.pairingCadreIds)
  if (!s.team && !s.overseer) throw new AppError('permission-denied', '只有本村工作队或督导可以共享该走访')
  await updateVisit(ctx.db, visit._id, {
    shared: input.shared,
    sharedAt: input.shared ? ctx.now : null,
    updatedAt: ctx.now,
  })
  await writeAudit(ctx, 'visit', visit._id, input.shared ? '共享为走访范例' : '取消共享')
  return { visitId: visit._id, shared: input.shared }
}
