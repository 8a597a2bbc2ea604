import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { OBJECTIONS_PER_DAY, OBJECTIONS_PER_NOTICE, inNoticeWindow } from '@contract/domain/notice'
import { shanghaiDay } from '@contract/domain/presence-time'
import { findSensitive, maskSensitive } from '@contract/domain/sensitive-text'
import type { Handler, InputOf } from '../../shared/handler'
import type { HandlerContext } from '../../shared/context'
import { bindUploads, unbindUploads } from '../../shared/upload-binding'
import { writeAudit } from '../../shared/audit'
import { encrypt } from '../../shared/sensitive'
import type { NoticeDoc, ObjectionDoc } from '../docs'
import { tellTownship } from '../objection-notify'
import { unitByCode } from '../../shared/org-units'
import { addObjection, releaseObjectionSlots, takeObjectionSlots } from '../repo-notices'
import { getNotice } from '../../shared/public-notices'

/** Contacts are shown masked: a number as 138****5678 (however written), anything else with its middle hidden. */
function maskContact(contact: string): string {
  if (!contact) return ''
  if (findSensitive(contact).length > 0) return maskSensitive(contact)
  const c = [...contact]
  return c.length <= 2
    ? '*'.repeat(c.length)
    : `${c[0]}${'*'.repeat(Math.min(c.length - 2, 6))}${c[c.length - 1]}`
}

/** Writes the objection with its photo bound to it; a refused photo or a failed write leaves nothing. */
async function recordObjection(
  ctx: HandlerContext,
  openid: string,
  input: InputOf<'notice', 'submitObjection'>,
  notice: NoticeDoc,
  day: string,
): Promise<ObjectionDoc> {
  let villageId: string | null = notice.unitLevel === 'village' ? notice.unitId : null
  if (!villageId && input.villageCode) {
    const own = await unitByCode(ctx.db, input.villageCode)
    if (own && own.level === 'village' && own.path.includes(notice.townshipId)) villageId = own._id
  }
  const id = `obj-${randomUUID().replace(/-/g, '').slice(0, 20)}`
  const files = input.photoFileId ? [input.photoFileId] : []
  const bound = await bindUploads(ctx, files, {
    purposes: ['objection'],
    recordId: id,
    path: notice.path,
    field: 'photoFileId',
  })
  const doc: ObjectionDoc = {
    _id: id,
    noticeId: notice._id,
    noticeTitle: notice.title,
    unitId: notice.unitId,
    unitName: notice.unitName,
    townshipId: notice.townshipId,
    villageId,
    path: notice.path,
    openid,
    text: maskSensitive(input.text),
    textEnc: encrypt(input.text),
    contactMasked: maskContact(input.contact),
    contactEnc: input.contact ? encrypt(input.contact) : null,
    photoFileId: input.photoFileId ?? null,
    day,
    status: 'open',
    reply: '',
    rectifyItemId: null,
    createdAt: ctx.now,
  }
  await addObjection(ctx.db, doc).catch(async (err: unknown) => {
    await unbindUploads(ctx, bound.newlyBound, id)
    throw err
  })
  return doc
}

/** A villager objects during the 公示期; the township hears of it through its inbox. */
export const submitObjection: Handler<'notice', 'submitObjection'> = async (input, ctx) => {
  const openid = ctx.caller.openid
  if (!openid) throw new AppError('failed-precondition', '请在微信中打开小程序后提交异议')
  const notice = await getNotice(ctx.db, input.noticeId)
  if (!notice || notice.status !== 'published') throw new AppError('not-found', '该公示不存在或已撤回')
  const day = shanghaiDay(ctx.now)
  if (!inNoticeWindow(notice, day))
    throw new AppError(
      'failed-precondition',
      `公示期为 ${notice.startDay} 至 ${notice.endDay}，当前不在公示期内`,
    )
  // Taken before the write, each limit one atomic claim: concurrent submissions cannot all pass one count.
  const { full, slots } = await takeObjectionSlots(
    ctx.db,
    openid,
    notice._id,
    day,
    { notice: OBJECTIONS_PER_NOTICE, day: OBJECTIONS_PER_DAY },
    ctx.now,
  )
  if (full === 'notice')
    throw new AppError('failed-precondition', `同一公示每人最多提出 ${OBJECTIONS_PER_NOTICE} 条异议`)
  if (full === 'day')
    throw new AppError('failed-precondition', `每人每天最多提出 ${OBJECTIONS_PER_DAY} 条异议，请明天再试`)
  // A refused objection (its photo, say) changes nothing: the slots go back.
  const doc = await recordObjection(ctx, openid, input, notice, day).catch(async (err: unknown) => {
    await releaseObjectionSlots(ctx.db, slots)
    throw err
  })
  await tellTownship(ctx.db, ctx.now, notice, doc)
  await writeAudit(ctx, 'notice_objection', doc._id, `村民对公示「${notice.title}」提出异议`)
  return { objectionId: doc._id }
}
