import { z } from '../zod'
import { defineAction } from './define'
import { kindPeriodsSchema } from '../domain/kind-periods'
import { emptyInput, idSchema, nameSearchInput, pageInput, skippedField } from './common'
import type { Role } from '../domain/role'
import { visitFormSchema, visitFileIdSchema, MAX_VISIT_PHOTOS } from '../domain/visit-form'
import {
  cardSchema,
  coverageSchema,
  householdDetailSchema,
  householdRowSchema,
  monitorCaseOutcomeSchema,
  periodMonthsSchema,
  periodSchema,
  policyViewSchema,
  sharedVisitSchema,
  submitVisitInput,
  visitDetailSchema,
  visitSummarySchema,
  visitText,
} from './visit-schemas'
import { measureActions } from './visit-measures'
import { repathRecordsAction } from './repath'

/** Who visits households: the village team and the pairing cadres (结对帮扶责任人). */
const VISITORS: readonly Role[] = ['resident_cadre', 'village_cadre', 'pairing_cadre']
const OVERSEERS: readonly Role[] = ['admin', 'supervisor', 'township_leader']
/** The village team and overseers: they share, export and follow up; pairing cadres only visit. */
const TEAM_AND_OVERSEERS: readonly Role[] = [...OVERSEERS, 'resident_cadre', 'village_cadre']
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), ...skippedField })
const clientId = submitVisitInput.shape.clientId

export const visitApi = {
  repathRecords: repathRecordsAction('走访记录'),
  listHouseholdVisits: defineAction({
    summary: '农户走访名单：按村或我的结对户，按户主姓名搜索，可只看本周期未走访',
    access: 'bound',
    input: z.strictObject({
      villageId: idSchema.optional(),
      ...nameSearchInput,
      unvisitedOnly: z.boolean().default(false),
      ...pageInput,
    }),
    output: page(householdRowSchema).extend({ period: z.string(), periodLabel: z.string() }),
  }),
  getHousehold: defineAction({
    summary: '农户详情：走访历史、上次走访（用于预填）与明白卡编号',
    access: 'bound',
    input: z.strictObject({ householdId: idSchema }),
    output: householdDetailSchema,
  }),
  submitVisit: defineAction({
    summary: '提交走访（按客户端编号去重，重发不重复计数）',
    access: VISITORS,
    input: submitVisitInput,
    output: z.object({
      visitId: z.string(),
      duplicate: z.boolean(),
      period: z.string(),
      firstOfPeriod: z.boolean(),
      syncedLate: z.boolean(),
      /** The 监测识别 case the visit started or joined (form.startMonitoring). */
      monitorCase: monitorCaseOutcomeSchema,
    }),
  }),
  attachPhoto: defineAction({
    summary: '为已提交的走访补传一张照片（按序号幂等）',
    access: VISITORS,
    input: z.strictObject({
      clientId,
      index: z
        .number()
        .int()
        .min(0)
        .max(MAX_VISIT_PHOTOS - 1),
      fileID: visitFileIdSchema,
    }),
    output: z.object({ visitId: z.string(), photos: z.number(), photoCount: z.number() }),
  }),
  correctVisit: defineAction({
    summary: '更正走访（须说明理由，保留每个版本，不重复计数）',
    access: VISITORS,
    input: z.strictObject({
      visitId: idSchema,
      clientId,
      baseVersion: z.number().int().min(1).max(1000),
      form: visitFormSchema,
      reason: visitText(200),
    }),
    output: z.object({ visitId: z.string(), version: z.number(), duplicate: z.boolean() }),
  }),
  getVisit: defineAction({
    summary: '走访详情：各版本、审核意见、照片与整改跟进',
    access: 'bound',
    input: z.strictObject({ visitId: idSchema }),
    output: visitDetailSchema,
  }),
  listVisits: defineAction({
    summary: '走访记录：本村工作队及范围内督导可见；结对帮扶责任人看自己的结对户',
    access: 'bound',
    input: z.strictObject({
      villageId: idSchema.optional(),
      householdId: idSchema.optional(),
      period: periodSchema.optional(),
      ...pageInput,
    }),
    output: page(visitSummarySchema),
  }),
  reviewVisit: defineAction({
    summary: '乡镇审核：对走访写意见或退回更正',
    access: OVERSEERS,
    input: z.strictObject({
      visitId: idSchema,
      kind: z.enum(['comment', 'return']),
      comment: visitText(500),
    }),
    output: z.object({ visitId: z.string(), status: z.string() }),
  }),
  shareVisit: defineAction({
    summary: '将走访作为范例共享给其他村（个人信息脱敏）或取消共享',
    access: TEAM_AND_OVERSEERS,
    input: z.strictObject({ visitId: idSchema, shared: z.boolean() }),
    output: z.object({ visitId: z.string(), shared: z.boolean() }),
  }),
  listSharedVisits: defineAction({
    summary: '走访报告共享：其他村共享的走访范例（脱敏）',
    access: TEAM_AND_OVERSEERS,
    input: z.strictObject({ ...pageInput }),
    output: page(sharedVisitSchema),
  }),
  issueCard: defineAction({
    summary: '生成或查看农户明白卡编号',
    access: [...VISITORS, 'admin'],
    input: z.strictObject({ householdId: idSchema }),
    output: z.object({ code: z.string() }),
  }),
  getCard: defineAction({
    summary: '明白卡（公开）：凭编号查看帮扶措施与联系人，个人信息脱敏',
    access: 'public',
    input: z.strictObject({
      code: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z2-9]{10}$/, '明白卡编号不正确'),
    }),
    output: cardSchema,
  }),
  getMyCoverage: defineAction({
    summary: '我的结对户本周期走访情况与未走访名单',
    access: VISITORS,
    input: z.strictObject({ period: periodSchema.optional() }),
    output: coverageSchema,
  }),
  getCoverage: defineAction({
    summary: '走访覆盖率：全县按乡镇、乡镇按村、村按帮扶责任人，村含未走访名单',
    access: TEAM_AND_OVERSEERS,
    input: z.strictObject({ unitId: idSchema.optional(), period: periodSchema.optional() }),
    output: coverageSchema,
  }),
  getPolicy: defineAction({
    summary: '走访周期设置（默认每月）',
    access: 'bound',
    input: emptyInput,
    output: policyViewSchema,
  }),
  setPolicy: defineAction({
    summary: '组织部设置走访周期（自下一个完整周期起生效，须说明理由）',
    access: ['admin'],
    input: z.strictObject({ periodMonths: periodMonthsSchema, reason: visitText(200) }),
    output: policyViewSchema,
  }),
  setKindPeriods: defineAction({
    summary: '组织部按农户类型设置走访周期（监测对象、脱贫户、一般农户；须说明理由，即时生效）',
    access: ['admin'],
    input: z.strictObject({ byKind: kindPeriodsSchema, reason: visitText(200) }),
    output: policyViewSchema,
  }),
  exportVisits: defineAction({
    summary: '导出村、乡镇或全县某周期的走访记录与覆盖情况 xlsx',
    access: TEAM_AND_OVERSEERS,
    input: z.strictObject({ unitId: idSchema.optional(), period: periodSchema.optional() }),
    output: z.object({
      fileID: z.string(),
      url: z.string(),
      fileName: z.string(),
      visits: z.number(),
      households: z.number(),
    }),
  }),
  ...measureActions,
}
