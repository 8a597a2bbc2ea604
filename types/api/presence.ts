import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, emptyInput, idSchema, monthSchema, skippedField } from './common'
import { VILLAGE_ROLES, SUPERVISING_ROLES } from '../domain/role'
import { leaveTypeSchema, policyRulesSchema } from '../domain/presence'
import {
  checkInInput,
  checkInResultSchema,
  leaveViewSchema,
  monthViewSchema,
  photoIdsSchema,
  policyViewSchema,
  todayViewSchema,
} from './presence-views'
import { presenceAbsenceActions } from './presence-absences'
import { presenceSignActions } from './presence-sign-notes'
import { presenceReviewActions } from './presence-reviews'

const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max)

export const presenceApi = {
  checkIn: defineAction({
    summary: '在村签到：服务器按村部位置与时间判定是否计入',
    access: VILLAGE_ROLES,
    input: checkInInput,
    output: checkInResultSchema,
  }),
  getMonth: defineAction({
    summary: '月度在村日历（本人，或督查查看范围内干部）',
    access: 'bound',
    input: z.strictObject({ month: monthSchema, personId: idSchema.optional() }),
    output: monthViewSchema,
  }),
  getToday: defineAction({
    summary: '今日在岗情况：范围内各村已记录、未记录、请假',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ villageId: idSchema.optional() }),
    output: todayViewSchema,
  }),
  requestLeave: defineAction({
    summary:
      '请假申请（事假、病假、公差/因公外出、培训、其他）：先经工作队队长，3 天以内乡镇审批，超过 3 天县委组织部审批，市直单位派出的干部最后报市委组织部',
    access: VILLAGE_ROLES,
    input: z.strictObject({
      type: leaveTypeSchema,
      startDay: daySchema,
      endDay: daySchema,
      reason: text(200),
    }),
    output: leaveViewSchema,
  }),
  listLeaves: defineAction({
    summary: '请假列表：我的申请，或待我审批',
    access: 'bound',
    input: z.strictObject({ box: z.enum(['mine', 'approve']) }),
    output: z.object({ items: z.array(leaveViewSchema), ...skippedField }),
  }),
  decideLeave: defineAction({
    summary: '审批请假（批准或不批准，附意见）：工作队队长、乡镇领导、县或市组织部按审批链依次审批',
    access: ['admin', 'township_leader', 'resident_cadre'],
    input: z.strictObject({
      leaveId: idSchema,
      decision: z.enum(['approved', 'rejected']),
      comment: z.string().trim().max(200).default(''),
    }),
    output: leaveViewSchema,
  }),
  returnFromLeave: defineAction({
    summary: '销假：返岗后结束请假',
    access: VILLAGE_ROLES,
    input: z.strictObject({ leaveId: idSchema }),
    output: leaveViewSchema,
  }),
  saveWorkLog: defineAction({
    summary: '工作日志：每天一条简短记录，可附照片',
    access: VILLAGE_ROLES,
    input: z.strictObject({ day: daySchema, text: text(500), photoFileIds: photoIdsSchema.default([]) }),
    output: z.object({
      day: z.string(),
      text: z.string(),
      photoCount: z.number(),
      presentThatDay: z.boolean(),
    }),
  }),
  getWorkLog: defineAction({
    summary: '读取本人某天的工作日志（补写、修改前先带出原内容）',
    access: VILLAGE_ROLES,
    input: z.strictObject({ day: daySchema }),
    output: z.object({
      day: z.string(),
      text: z.string().nullable(),
      photos: z.array(z.object({ fileId: z.string(), url: z.string() })),
      updatedAt: z.string().nullable(),
    }),
  }),
  getPolicy: defineAction({
    summary: '本县在村履职规则',
    access: 'bound',
    input: emptyInput,
    output: policyViewSchema,
  }),
  setPolicy: defineAction({
    summary: '设置在村履职规则（从严须写明理由）',
    access: ['admin'],
    input: policyRulesSchema.extend({ reason: z.string().trim().max(300).default('') }).strict(),
    output: policyViewSchema,
  }),
  recordSpotCheck: defineAction({
    summary: '暗访记录：在岗与不在岗人员、照片',
    access: ['supervisor', 'township_leader'],
    input: z.strictObject({
      villageId: idSchema,
      presentIds: z.array(idSchema).max(50),
      absentIds: z.array(idSchema).max(50),
      note: z.string().trim().max(500).default(''),
      photoFileIds: photoIdsSchema.default([]),
    }),
    output: z.object({
      spotCheckId: z.string(),
      absences: z.array(
        z.object({
          personId: z.string(),
          name: z.string(),
          excused: z.boolean(),
          unexcusedThisYear: z.number(),
          suggestion: z.string().nullable(),
        }),
      ),
    }),
  }),
  exportMonth: defineAction({
    summary:
      '导出驻村工作记实（xlsx）：一个乡镇或全县，可只含一个派出单位的干部（派出单位联系人只能导出本单位）',
    access: [...SUPERVISING_ROLES, 'dispatch_contact'],
    input: z.strictObject({
      month: monthSchema,
      townshipId: idSchema.optional(),
      dispatchUnitId: idSchema.optional(),
    }),
    output: z.object({ fileID: z.string(), url: z.string(), fileName: z.string(), rows: z.number() }),
  }),
  ...presenceAbsenceActions,
  ...presenceSignActions,
  ...presenceReviewActions,
}
