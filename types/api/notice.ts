import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, emptyInput, idSchema, pageInput, skippedField } from './common'
import { SUPERVISING_ROLES, type Role } from '../domain/role'
import { urgeFilterSchema, urgeTopicSchema } from '../domain/notice'
import { photosInputSchema, rectCategorySchema } from '../domain/rectification'
import {
  inboxIdSchema,
  inboxItemSchema,
  noticeDetailSchema,
  noticeFileIdSchema,
  noticeInput,
  noticeSummarySchema,
  objectionViewSchema,
  receiptSchema,
  recipientSchema,
  urgeSummarySchema,
} from './notice-schemas'
import { repathRecordsAction } from './repath'

const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max)
/** Who writes 公示: village cadres for their village, township leaders for the township (admins too). */
const NOTICE_WRITERS: readonly Role[] = ['admin', 'township_leader', 'resident_cadre', 'village_cadre']
/** Objections are handled by the township (and the county above it). */
const OBJECTION_HANDLERS: readonly Role[] = ['admin', 'supervisor', 'township_leader']
/** Calling an objector back is the township's job alone: the county and supervisors see them masked. */
const OBJECTION_REVEALERS: readonly Role[] = ['township_leader']

export const noticeApi = {
  repathRecords: repathRecordsAction('公示异议'),
  listInbox: defineAction({
    summary: '我的消息：提醒、催办与异议通知（分页，含未读数）',
    access: 'bound',
    input: z.strictObject({ unreadOnly: z.boolean().default(false), ...pageInput }),
    output: z.object({
      items: z.array(inboxItemSchema),
      total: z.number(),
      unread: z.number(),
      ...skippedField,
    }),
  }),
  getUnreadCount: defineAction({
    summary: '未读消息数（首页角标）',
    access: 'bound',
    input: emptyInput,
    output: z.object({ unread: z.number() }),
  }),
  markRead: defineAction({
    summary: '标记已读：一条，或省略编号时全部',
    access: 'bound',
    input: z.strictObject({ inboxId: inboxIdSchema.optional() }),
    output: z.object({ unread: z.number() }),
  }),
  reportSubscription: defineAction({
    summary: '上报订阅消息授权结果：每次同意可推送一次',
    access: 'bound',
    input: z.strictObject({ accepted: z.array(z.string().min(1).max(64)).max(3) }),
    output: z.object({
      grants: z.array(z.object({ key: z.string(), label: z.string(), remaining: z.number() })),
    }),
  }),
  previewUrge: defineAction({
    summary: '催办：按条件或逐个列出范围内的干部，预览收件人',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ filter: urgeFilterSchema, topic: urgeTopicSchema, unitId: idSchema.optional() }),
    output: z.object({ recipients: z.array(recipientSchema) }),
  }),
  sendUrge: defineAction({
    summary: '发送催办：每名干部每个主题每天最多一次',
    access: SUPERVISING_ROLES,
    input: z.strictObject({
      topic: urgeTopicSchema,
      filter: urgeFilterSchema,
      personIds: z.array(idSchema).min(1, '请选择收件人').max(200),
      title: text(20),
      body: text(200),
    }),
    output: z.object({ urgeId: z.string(), sent: z.number(), skipped: z.number() }),
  }),
  listUrges: defineAction({
    summary: '我发出的催办（含已读人数）',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ ...pageInput }),
    output: z.object({ items: z.array(urgeSummarySchema), total: z.number(), ...skippedField }),
  }),
  getUrge: defineAction({
    summary: '催办回执：谁收到、谁已读',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ urgeId: idSchema }),
    output: urgeSummarySchema.extend({ body: z.string(), receipts: z.array(receiptSchema) }),
  }),
  publishNotice: defineAction({
    summary: '发布公示（含未打码身份证号或手机号时拒绝）',
    access: NOTICE_WRITERS,
    input: noticeInput,
    output: noticeSummarySchema,
  }),
  withdrawNotice: defineAction({
    summary: '撤回公示（须说明理由）',
    access: NOTICE_WRITERS,
    input: z.strictObject({ noticeId: idSchema, reason: text(200) }),
    output: noticeSummarySchema,
  }),
  listManagedNotices: defineAction({
    summary: '范围内的公示及其异议数（干部）',
    access: [...new Set([...NOTICE_WRITERS, ...OBJECTION_HANDLERS])],
    input: z.strictObject({ ...pageInput }),
    output: z.object({ items: z.array(noticeSummarySchema), total: z.number(), ...skippedField }),
  }),
  listVillages: defineAction({
    summary: '村民选择所在村（无需绑定）',
    access: 'public',
    input: emptyInput,
    // initials (王家庄村 → wjzc) come from the server: the public page searches without a pinyin dictionary.
    output: z.object({
      villages: z.array(
        z.object({ code: z.string(), name: z.string(), initials: z.string(), townshipName: z.string() }),
      ),
    }),
  }),
  listPublicNotices: defineAction({
    summary: '本村公示（含所属乡镇的公示，无需绑定）',
    access: 'public',
    input: z.strictObject({ villageCode: z.string().regex(/^\d{6,20}$/, '村编码不正确'), ...pageInput }),
    output: z.object({
      villageName: z.string(),
      items: z.array(noticeSummarySchema),
      total: z.number(),
      ...skippedField,
    }),
  }),
  getPublicNotice: defineAction({
    summary: '公示详情（无需绑定）',
    access: 'public',
    input: z.strictObject({ noticeId: idSchema }),
    output: noticeDetailSchema,
  }),
  submitObjection: defineAction({
    summary: '公示期内提出异议（联系方式加密保存）',
    access: 'public',
    input: z.strictObject({
      noticeId: idSchema,
      /** The villager's own village (remembered on the phone): where a township-wide notice's objection lands. */
      villageCode: z
        .string()
        .regex(/^\d{6,20}$/, '村编码不正确')
        .optional(),
      text: text(500),
      contact: z.string().trim().max(30).default(''),
      photoFileId: noticeFileIdSchema.optional(),
    }),
    output: z.object({ objectionId: z.string() }),
  }),
  listObjections: defineAction({
    summary: '范围内的公示异议（处理人可答复；公示的发布方可跟进，异议人身份脱敏）',
    access: [...new Set([...NOTICE_WRITERS, ...OBJECTION_HANDLERS])],
    input: z.strictObject({ noticeId: idSchema.optional(), ...pageInput }),
    output: z.object({ items: z.array(objectionViewSchema), total: z.number(), ...skippedField }),
  }),
  replyObjection: defineAction({
    summary: '答复异议',
    access: OBJECTION_HANDLERS,
    input: z.strictObject({ objectionId: idSchema, reply: text(300) }),
    output: objectionViewSchema,
  }),
  revealObjectionContact: defineAction({
    summary: '乡镇查看异议人联系方式以回访（须写明理由，记入审计日志）',
    access: OBJECTION_REVEALERS,
    input: z.strictObject({
      objectionId: idSchema,
      reason: z.string().trim().min(5, '请写明查看理由（至少 5 个字）').max(200),
    }),
    output: z.object({ contact: z.string() }),
  }),
  convertObjection: defineAction({
    summary: '一键将异议登记为整改事项（来源：公示异议）',
    access: OBJECTION_HANDLERS,
    input: z.strictObject({
      objectionId: idSchema,
      responsiblePersonId: idSchema,
      deadline: daySchema,
      category: rectCategorySchema.default('other'),
      /** Needed only when the villager sent no photo: rectification items start with evidence. */
      photos: photosInputSchema.optional(),
    }),
    output: objectionViewSchema,
  }),
}
