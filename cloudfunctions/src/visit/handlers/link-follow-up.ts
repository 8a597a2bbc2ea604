import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { itemVillageId } from '../../shared/rectify-items'
import { standingOn } from '../access'
import { getVisitDoc, updateVisit } from '../repo-visits'

/**
 * Records that a risk found in the visit was registered in the rectification ledger (the app called
 * rectify.register). The item must exist and lie in the visit's village, so a link cannot point anywhere.
 */
export const linkFollowUp: Handler<'visit', 'linkFollowUp'> = async (input, ctx) => {
  const visit = await getVisitDoc(ctx.db, input.visitId)
  if (!visit) throw new AppError('not-found', '未找到该走访记录')
  const s = standingOn(ctx.caller, visit.path, visit.pairingCadreIds)
  if (!s.team && !s.overseer) throw new AppError('permission-denied', '只有本村工作队或督导可以转入整改')
  if ((await itemVillageId(ctx.db, input.itemId)) !== visit.villageId)
    throw new AppError('invalid-argument', '整改事项不存在或不属于该村', { field: 'itemId' })
  if (visit.followUps.some((f) => f.itemId === input.itemId))
    return { visitId: visit._id, followUps: visit.followUps.length }
  if (visit.followUps.length >= 20) throw new AppError('failed-precondition', '该走访的整改跟进已达上限')
  await updateVisit(ctx.db, visit._id, {
    followUps: ctx.db.command.push({ risk: input.risk, itemId: input.itemId, at: ctx.now, byId: s.me }),
    updatedAt: ctx.now,
  })
  await writeAudit(ctx, 'visit', visit._id, `走访发现的风险转入整改：${input.itemId}`)
  return { visitId: visit._id, followUps: visit.followUps.length + 1 }
}
