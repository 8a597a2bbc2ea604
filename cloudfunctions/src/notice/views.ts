import * as cloud from 'wx-server-sdk'
import {
  NOTICE_CATEGORY_LABELS,
  OBJECTION_STATUS_LABELS,
  URGE_TOPIC_LABELS,
  inNoticeWindow,
} from '@contract/domain/notice'
import type { ActionOutput } from '@contract/api'
import type { NoticeDoc, ObjectionDoc, UrgeDoc } from './docs'

type Summary = ActionOutput<'notice', 'publishNotice'>
type Detail = ActionOutput<'notice', 'getPublicNotice'>
type ObjectionView = ActionOutput<'notice', 'replyObjection'>
type UrgeSummary = ActionOutput<'notice', 'listUrges'>['items'][number]

export function noticeSummary(doc: NoticeDoc, today: string): Summary {
  return {
    id: doc._id,
    title: doc.title,
    category: doc.category,
    categoryLabel: NOTICE_CATEGORY_LABELS[doc.category],
    unitName: doc.unitName,
    startDay: doc.startDay,
    endDay: doc.endDay,
    inWindow: doc.status === 'published' && inNoticeWindow(doc, today),
    withdrawn: doc.status === 'withdrawn',
    objections: doc.objections,
  }
}

interface TempFileResult {
  fileList: Array<{ fileID: string; tempFileURL: string; status: number }>
}

/** Temporary URLs (the platform takes 50 ids per call; a notice has at most 18 files). */
export async function tempUrls(fileIDs: readonly string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  if (fileIDs.length === 0) return map
  const res = (await cloud.getTempFileURL({
    fileList: [...new Set(fileIDs)].slice(0, 50),
  })) as unknown as TempFileResult
  for (const f of res.fileList) map.set(f.fileID, f.status === 0 ? f.tempFileURL : '')
  return map
}

export async function noticeDetail(doc: NoticeDoc, today: string): Promise<Detail> {
  const urls = await tempUrls([...doc.photos, ...doc.attachments.map((a) => a.fileID)])
  return {
    ...noticeSummary(doc, today),
    body: doc.body,
    authorName: doc.authorName,
    photos: doc.photos.map((fileID, i) => ({ fileID, url: urls.get(fileID) ?? '', name: `照片${i + 1}` })),
    attachments: doc.attachments.map((a) => ({
      fileID: a.fileID,
      url: urls.get(a.fileID) ?? '',
      name: a.name,
    })),
    publishedAt: new Date(doc.createdAt).toISOString(),
  }
}

/** What the caller may do with an objection (see objection-access.ts). */
export interface ObjectionAbilities {
  canDecide: boolean
  canReveal: boolean
}

export function objectionView(doc: ObjectionDoc, can: ObjectionAbilities, photoUrl = ''): ObjectionView {
  return {
    ...can,
    id: doc._id,
    noticeId: doc.noticeId,
    noticeTitle: doc.noticeTitle,
    unitName: doc.unitName,
    villageId: doc.villageId,
    text: doc.text,
    contactMasked: doc.contactMasked,
    photoUrl,
    status: doc.status,
    statusLabel: OBJECTION_STATUS_LABELS[doc.status],
    reply: doc.reply,
    rectifyItemId: doc.rectifyItemId,
    createdAt: new Date(doc.createdAt).toISOString(),
  }
}

export function urgeSummary(doc: UrgeDoc, read: number): UrgeSummary {
  return {
    id: doc._id,
    topic: doc.topic,
    topicLabel: URGE_TOPIC_LABELS[doc.topic],
    title: doc.title,
    createdAt: new Date(doc.createdAt).toISOString(),
    recipients: doc.recipients.length,
    read,
  }
}
