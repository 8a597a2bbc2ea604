import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { decrypt } from '../../shared/sensitive'
import { feedbackToDecide } from '../access'

/** Contacts are masked by default; seeing one in full takes a reason and leaves an audit line. */
export const revealFeedbackContact: Handler<'feedback', 'revealFeedbackContact'> = async (input, ctx) => {
  const doc = await feedbackToDecide(ctx, input.feedbackId)
  const contact = doc.contactEnc ? decrypt(doc.contactEnc) : ''
  await writeAudit(
    ctx,
    'feedback',
    doc._id,
    `查看投诉建议发送人联系方式，理由：${input.reason.slice(0, 100)}`,
  )
  return { contact }
}
