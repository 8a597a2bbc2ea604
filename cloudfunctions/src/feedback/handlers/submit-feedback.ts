import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_OPEN_MAX,
  FEEDBACK_PER_DAY,
  feedbackDueDay,
  maskContact,
} from '@contract/domain/feedback'
import { shanghaiDay } from '@contract/domain/presence-time'
import { maskSensitive } from '@contract/domain/sensitive-text'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { encrypt } from '../../shared/sensitive'
import { bindUploads, unbindUploads } from '../../shared/upload-binding'
import type { FeedbackDoc } from '../docs'
import { tellHost } from '../notify-parties'
import { addFeedback, giveBackSlot, openCountOf, takeDaySlot } from '../repo'
import { routeOf } from '../routing'

/** Anyone sends a complaint or suggestion; the organization department of their county answers it. */
export const submitFeedback: Handler<'feedback', 'submitFeedback'> = async (input, ctx) => {
  const openid = ctx.caller.openid
  if (!openid) throw new AppError('unauthenticated', '请在微信中打开小程序后提交投诉建议')
  const { host, village } = await routeOf(ctx, input.villageCode)
  if ((await openCountOf(ctx.db, openid)) >= FEEDBACK_OPEN_MAX) {
    throw new AppError(
      'failed-precondition',
      `您已有 ${FEEDBACK_OPEN_MAX} 条投诉建议在办理中，请待答复后再提交`,
    )
  }
  const slot = await takeDaySlot(ctx.db, openid, shanghaiDay(ctx.now), FEEDBACK_PER_DAY, ctx.now)
  if (!slot)
    throw new AppError('failed-precondition', `每人每天最多提交 ${FEEDBACK_PER_DAY} 条投诉建议，请明天再试`)
  const id = `fb-${randomUUID().replace(/-/g, '').slice(0, 20)}`
  const person = ctx.caller.person
  const doc: FeedbackDoc = {
    _id: id,
    kind: input.kind,
    topic: input.topic,
    text: maskSensitive(input.text),
    textEnc: encrypt(input.text),
    contactMasked: maskContact(input.contact),
    contactEnc: input.contact ? encrypt(input.contact) : null,
    photoFileId: input.photoFileId ?? null,
    openid,
    personId: person?._id ?? null,
    senderName: person?.name ?? null,
    villageId: village?._id ?? null,
    villageName: village?.name ?? null,
    hostUnitId: host._id,
    hostName: `${host.name}委组织部`,
    path: host.path,
    status: 'pending',
    dueDay: feedbackDueDay(ctx.now),
    answer: null,
    answeredAt: null,
    answeredById: null,
    answeredByName: null,
    closeReason: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  // A refused photo or a failed write leaves nothing behind: the slot goes back, the photo is freed.
  let newlyBound: string[] = []
  try {
    const bound = await bindUploads(ctx, doc.photoFileId ? [doc.photoFileId] : [], {
      purposes: ['feedback'],
      recordId: id,
      path: host.path,
      field: 'photoFileId',
    })
    newlyBound = bound.newlyBound
    await addFeedback(ctx.db, doc)
  } catch (err) {
    await unbindUploads(ctx, newlyBound, id)
    await giveBackSlot(ctx.db, slot)
    throw err
  }
  await tellHost(ctx.db, ctx.now, doc)
  await writeAudit(
    ctx,
    'feedback',
    id,
    `提交${FEEDBACK_KIND_LABELS[doc.kind]}，由${doc.hostName}受理，${doc.dueDay} 前答复`,
  )
  return { feedbackId: id, status: doc.status, dueDay: doc.dueDay, hostName: doc.hostName }
}
