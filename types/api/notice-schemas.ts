import { z } from '../zod'
import { daySchema, idSchema } from './common'
import { noticeCategorySchema } from '../domain/notice'
import { HISTORIC_NOTICE_CATEGORIES } from '../domain/notice-labels'

const iso = z.string()
const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max)

/** Inbox ids are written by several functions (rectify's embed item and person ids): longer than idSchema. */
export const inboxIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, '编号格式不正确')
/** Files the app uploaded under `notice/` (cadres) or `objection/` (villagers). */
export const noticeFileIdSchema = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[^/]+\/(notice|objection)\/[\w\-./]+$/, '文件编号不正确')

export const inboxItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  createdAt: iso,
  read: z.boolean(),
})

export const recipientSchema = z.object({
  personId: z.string(),
  name: z.string(),
  unitName: z.string(),
  reason: z.string(),
  /** Already urged on this topic today: sending skips them. */
  urgedToday: z.boolean(),
})

export const receiptSchema = z.object({
  personId: z.string(),
  name: z.string(),
  unitName: z.string(),
  delivery: z.string(),
  deliveryLabel: z.string(),
  readAt: iso.nullable(),
})

export const urgeSummarySchema = z.object({
  id: z.string(),
  topic: z.string(),
  topicLabel: z.string(),
  title: z.string(),
  createdAt: iso,
  recipients: z.number(),
  read: z.number(),
})

export const noticeInput = z.strictObject({
  unitId: idSchema,
  title: text(60),
  body: text(5000),
  category: noticeCategorySchema.refine(
    (c) => !HISTORIC_NOTICE_CATEGORIES.includes(c),
    '“贫困户识别退出”已停用（2021 年起无此类公示），请选择“监测对象识别纳入”或“风险消除”',
  ),
  photos: z.array(noticeFileIdSchema).max(9).default([]),
  attachments: z
    .array(z.strictObject({ fileID: noticeFileIdSchema, name: text(100) }))
    .max(9)
    .default([]),
  startDay: daySchema.optional(),
  days: z.number().int().min(1).max(30).default(7),
})

const fileView = z.object({ fileID: z.string(), url: z.string(), name: z.string() })

export const noticeSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  category: noticeCategorySchema,
  categoryLabel: z.string(),
  unitName: z.string(),
  startDay: daySchema,
  endDay: daySchema,
  inWindow: z.boolean(),
  withdrawn: z.boolean(),
  objections: z.number(),
})

export const noticeDetailSchema = noticeSummarySchema.extend({
  body: z.string(),
  authorName: z.string(),
  photos: z.array(fileView),
  attachments: z.array(fileView),
  publishedAt: iso,
})

export const objectionViewSchema = z.object({
  id: z.string(),
  noticeId: z.string(),
  noticeTitle: z.string(),
  unitName: z.string(),
  villageId: z.string().nullable(),
  text: z.string(),
  contactMasked: z.string(),
  photoUrl: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  reply: z.string(),
  rectifyItemId: z.string().nullable(),
  createdAt: iso,
  /** The caller handles it (answer, convert); a notice's writers only follow it. */
  canDecide: z.boolean(),
  /** The township may reveal the objector's contact, with a written reason (audited). */
  canReveal: z.boolean(),
})
