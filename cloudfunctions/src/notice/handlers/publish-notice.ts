import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { noticeEndDay } from '@contract/domain/notice'
import { shanghaiDay } from '@contract/domain/presence-time'
import { isCalendarDay } from '@contract/domain/calendar'
import { describeSensitive, findSensitive } from '@contract/domain/sensitive-text'
import type { Handler } from '../../shared/handler'
import { bindUploads, unbindUploads } from '../../shared/upload-binding'
import { writeAudit } from '../../shared/audit'
import type { NoticeDoc } from '../docs'
import { placeOf } from '../place'
import { addNotice } from '../../shared/public-notices'
import { NOTICE_WRITER_ROLES, unitInScope } from '../scope'
import { noticeSummary } from '../views'

/** Publishes a 公示 for a village or township; refused while any text names an ID or mobile number in full. */
export const publishNotice: Handler<'notice', 'publishNotice'> = async (input, ctx) => {
  const unit = await unitInScope(ctx, input.unitId, NOTICE_WRITER_ROLES)
  const fields = [
    { field: 'title', label: '标题', text: input.title },
    { field: 'body', label: '正文', text: input.body },
    ...input.attachments.map((a) => ({
      field: 'attachments',
      label: `附件名「${a.name.slice(0, 20)}」`,
      text: a.name,
    })),
  ]
  const problem = describeSensitive(fields)
  if (problem)
    throw new AppError('invalid-argument', problem, {
      field: fields.find((f) => findSensitive(f.text).length > 0)?.field,
    })
  const place = placeOf(unit)
  const today = shanghaiDay(ctx.now)
  const startDay = input.startDay ?? today
  if (startDay < today)
    throw new AppError('invalid-argument', '公示开始日期不能早于今天', { field: 'startDay' })
  // The end is derived: it must be a day the contract accepts too, before anything is written.
  const endDay = noticeEndDay(startDay, input.days)
  if (!isCalendarDay(endDay))
    throw new AppError('invalid-argument', '公示结束日期超出可登记的范围，请调整开始日期或天数', {
      field: 'days',
    })
  const me = ctx.caller.person
  const id = `ntc-${randomUUID().replace(/-/g, '').slice(0, 20)}`
  const files = [...input.photos, ...input.attachments.map((a) => a.fileID)]
  // Only files the author uploaded for a notice, and used by no other record.
  const bound = await bindUploads(ctx, files, {
    purposes: ['notice'],
    recordId: id,
    path: unit.path,
    field: input.photos.length ? 'photos' : 'attachments',
  })
  const doc: NoticeDoc = {
    _id: id,
    unitId: unit._id,
    unitName: unit.name,
    unitLevel: place.level,
    townshipId: place.townshipId,
    countyId: place.countyId,
    path: unit.path,
    title: input.title,
    body: input.body,
    category: input.category,
    photos: input.photos,
    attachments: input.attachments,
    startDay,
    endDay,
    status: 'published',
    withdrawReason: null,
    objections: 0,
    authorId: me._id,
    authorName: me.name,
    createdAt: ctx.now,
  }
  await addNotice(ctx.db, doc).catch(async (err: unknown) => {
    await unbindUploads(ctx, bound.newlyBound, id)
    throw err
  })
  await writeAudit(
    ctx,
    'public_notice',
    doc._id,
    `发布公示「${doc.title}」（${unit.name}，${doc.startDay} 至 ${doc.endDay}）`,
  )
  return noticeSummary(doc, today)
}
