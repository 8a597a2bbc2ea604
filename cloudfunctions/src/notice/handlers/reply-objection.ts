import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { objectionAbilities, objectionToDecide } from '../objection-access'
import { updateObjection } from '../repo-notices'
import { objectionView } from '../views'

export const replyObjection: Handler<'notice', 'replyObjection'> = async (input, ctx) => {
  const doc = await objectionToDecide(ctx, input.objectionId)
  if (doc.status === 'converted')
    throw new AppError('failed-precondition', '该异议已转为整改事项，请在整改事项中处理')
  await updateObjection(ctx.db, doc._id, { status: 'answered', reply: input.reply })
  await writeAudit(ctx, 'notice_objection', doc._id, `答复异议：${input.reply.slice(0, 100)}`)
  return objectionView({ ...doc, status: 'answered', reply: input.reply }, objectionAbilities(ctx)(doc))
}
