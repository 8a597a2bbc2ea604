import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { pathInScope } from '../../shared/auth'
import { decrypt } from '../../shared/sensitive'
import { getObjection } from '../repo-notices'
import { OBJECTION_REVEALER_ROLES, scopeOf } from '../scope'

/**
 * The township calls an objector back: the contact they left, decrypted for this one caller, with the
 * written reason in the audit log (the contact itself is never logged). Everyone else sees it masked.
 */
export const revealObjectionContact: Handler<'notice', 'revealObjectionContact'> = async (input, ctx) => {
  const scope = new Set(scopeOf(ctx, OBJECTION_REVEALER_ROLES))
  const doc = await getObjection(ctx.db, input.objectionId)
  if (!doc) throw new AppError('not-found', '未找到该异议')
  if (!pathInScope(doc.path, scope)) throw new AppError('permission-denied', '该异议不在您乡镇的范围内')
  if (!doc.contactEnc)
    throw new AppError('failed-precondition', '异议人没有留下联系方式，无法回访；可在异议下答复')
  const contact = decrypt(doc.contactEnc)
  await writeAudit(ctx, 'notice_objection', doc._id, `查看异议人联系方式以回访，理由：${input.reason}`)
  return { contact }
}
