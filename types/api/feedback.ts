import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, pageInput, skippedField } from './common'
import { feedbackKindSchema, feedbackStatusSchema, feedbackTopicSchema } from '../domain/feedback'
import { repathRecordsAction } from './repath'

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max)
const iso = z.string()

/** Photos the app uploaded under `feedback/` (registered for the `feedback` purpose). */
export const feedbackFileIdSchema = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[^/]+\/feedback\/[0-9a-f]{32}\.(jpg|jpeg|png|webp)$/, '照片文件编号不正确')

/** Who answers: the organization department of the sender's county (its admins). */
const HOST_ADMINS = ['admin'] as const

/** What the sender sees of their own feedback, answer included. */
export const myFeedbackSchema = z.object({
  id: z.string(),
  kind: feedbackKindSchema,
  kindLabel: z.string(),
  topic: feedbackTopicSchema,
  topicLabel: z.string(),
  text: z.string(),
  hasPhoto: z.boolean(),
  hostName: z.string(),
  status: feedbackStatusSchema,
  statusLabel: z.string(),
  /** The last day for an answer (working days from receipt). */
  dueDay: z.string(),
  answer: z.string().nullable(),
  answeredAt: iso.nullable(),
  closeReason: z.string().nullable(),
  createdAt: iso,
})
export type MyFeedback = z.infer<typeof myFeedbackSchema>

/** What the 主办单位 sees: the sender's contact masked; a villager only as a WeChat user. */
export const hostFeedbackSchema = myFeedbackSchema.extend({
  senderLabel: z.string(),
  villageName: z.string().nullable(),
  contactMasked: z.string(),
  photoUrl: z.string().nullable(),
  overdue: z.boolean(),
  answeredByName: z.string().nullable(),
})
export type HostFeedback = z.infer<typeof hostFeedbackSchema>

const feedbackRef = { feedbackId: idSchema }

export const feedbackApi = {
  repathRecords: repathRecordsAction('投诉建议'),
  submitFeedback: defineAction({
    summary: '提交投诉建议（任何人；村民以微信身份提交，联系方式加密保存）',
    access: 'public',
    input: z.strictObject({
      kind: feedbackKindSchema,
      topic: feedbackTopicSchema,
      text: text(500),
      contact: z.string().trim().max(30).default(''),
      photoFileId: feedbackFileIdSchema.optional(),
      /** A villager's village (the public page they use): its county's organization department answers. */
      villageCode: z
        .string()
        .regex(/^\d{6,20}$/, '村编码不正确')
        .optional(),
    }),
    output: z.object({
      feedbackId: z.string(),
      status: feedbackStatusSchema,
      dueDay: z.string(),
      hostName: z.string(),
    }),
  }),
  listMyFeedback: defineAction({
    summary: '我提交的投诉建议及答复（按微信身份）',
    access: 'public',
    input: z.strictObject({ ...pageInput }),
    output: z.object({ items: z.array(myFeedbackSchema), total: z.number(), ...skippedField }),
  }),
  listFeedback: defineAction({
    summary: '主办单位收到的投诉建议（可筛选状态、逾期）',
    access: HOST_ADMINS,
    input: z.strictObject({
      status: feedbackStatusSchema.optional(),
      overdue: z.literal(true).optional(),
      ...pageInput,
    }),
    output: z.object({
      items: z.array(hostFeedbackSchema),
      total: z.number(),
      overdue: z.number(),
      ...skippedField,
    }),
  }),
  startFeedback: defineAction({
    summary: '受理投诉建议（待处理 → 处理中）',
    access: HOST_ADMINS,
    input: z.strictObject(feedbackRef),
    output: hostFeedbackSchema,
  }),
  answerFeedback: defineAction({
    summary: '答复投诉建议（发送人在小程序中看到答复）',
    access: HOST_ADMINS,
    input: z.strictObject({ ...feedbackRef, answer: text(1000) }),
    output: hostFeedbackSchema,
  }),
  closeFeedback: defineAction({
    summary: '关闭投诉建议（须说明理由）',
    access: HOST_ADMINS,
    input: z.strictObject({ ...feedbackRef, reason: text(300) }),
    output: hostFeedbackSchema,
  }),
  revealFeedbackContact: defineAction({
    summary: '查看发送人完整联系方式（须说明理由，记入审计）',
    access: HOST_ADMINS,
    input: z.strictObject({ ...feedbackRef, reason: text(200) }),
    output: z.object({ contact: z.string() }),
  }),
}
