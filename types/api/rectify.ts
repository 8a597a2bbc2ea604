import { z } from '../zod'
import { defineAction } from './define'
import { emptyInput, idSchema, pageInput, skippedField } from './common'
import type { Role } from '../domain/role'
import { ESCALATION_STATUSES } from '../domain/rectification-escalation'
import {
  applyCloseInput,
  closeInput,
  escalationViewSchema,
  exportInput,
  itemDetailSchema,
  itemPage,
  ledgerInput,
  listMineInput,
  reassignInput,
  registerInput,
  requestExtensionInput,
  transitionInput,
  transitionOutput,
  withReason,
} from './rectify-schemas'

/** Everyone who works the ledger; pairing cadres (households only) are not among them. */
const RECT_ROLES: readonly Role[] = [
  'admin',
  'supervisor',
  'township_leader',
  'resident_cadre',
  'village_cadre',
]
const OVERSEERS: readonly Role[] = ['admin', 'supervisor', 'township_leader']
/** 通报/约谈/问责 are county decisions: township leaders see them but do not approve them. */
const ESCALATION_DECIDERS: readonly Role[] = ['admin', 'supervisor']

const step = <I extends z.ZodType>(summary: string, input: I) =>
  defineAction({ summary, access: RECT_ROLES, input, output: transitionOutput })

export const rectifyApi = {
  register: defineAction({
    summary: '挂号：登记一条整改问题（村干部只能登记本村自查问题）',
    access: RECT_ROLES,
    input: registerInput,
    output: transitionOutput,
  }),
  dispatch: step('派发：启动签收与整改两个时钟', transitionInput),
  sign: step('责任人签收', transitionInput),
  start: step('责任人开始整改', transitionInput),
  applyClose: step('申请销号（附整改后照片与说明）', applyCloseInput),
  startReview: step('开始复核', transitionInput),
  close: step('复核通过并销号（须填写复核意见）', closeInput),
  reject: step('驳回销号申请（须说明理由），回到整改中', withReason),
  requestExtension: step('申请延期（原时限留档）', requestExtensionInput),
  approveExtension: step('挂号人批准延期', transitionInput),
  rejectExtension: step('挂号人不予延期', withReason),
  dispute: step('责任人提出职责异议（时钟不停）', withReason),
  reassign: step('管理员处理职责异议并重新指派责任人', reassignInput),
  withdraw: step('撤回（不删除，须说明理由）', withReason),
  getItem: defineAction({
    summary: '整改事项详情、时间线与前后照片',
    access: RECT_ROLES,
    input: z.strictObject({ itemId: idSchema }),
    output: itemDetailSchema,
  }),
  listMine: defineAction({
    summary: '我的整改事项（按时限排序）',
    access: RECT_ROLES,
    input: listMineInput,
    output: itemPage,
  }),
  listLedger: defineAction({
    summary: '整改台账：范围内按村、乡镇、来源、状态、逾期筛选并分页',
    access: RECT_ROLES,
    input: ledgerInput,
    output: itemPage,
  }),
  exportLedger: defineAction({
    summary: '导出整改台账 xlsx',
    access: OVERSEERS,
    input: exportInput,
    output: z.object({ fileID: z.string(), url: z.string(), fileName: z.string(), count: z.number() }),
  }),
  getRegisterOptions: defineAction({
    summary: '挂号表单选项：可登记的村及其可用来源',
    access: RECT_ROLES,
    input: emptyInput,
    output: z.object({
      villages: z.array(
        z.object({ id: z.string(), name: z.string(), townshipName: z.string(), selfCheckOnly: z.boolean() }),
      ),
    }),
  }),
  listResponsibles: defineAction({
    summary: '某村可作为责任人的干部',
    access: RECT_ROLES,
    input: z.strictObject({ villageId: idSchema }),
    output: z.object({
      people: z.array(z.object({ id: z.string(), name: z.string(), postLabel: z.string() })),
    }),
  }),
  listEscalations: defineAction({
    summary: '范围内的通报、约谈、问责建议',
    access: OVERSEERS,
    input: z.strictObject({ status: z.enum(ESCALATION_STATUSES).default('pending'), ...pageInput }),
    output: z.object({ items: z.array(escalationViewSchema), total: z.number(), ...skippedField }),
  }),
  approveEscalation: defineAction({
    summary: '批准一条问责升级建议（须填写意见）',
    access: ESCALATION_DECIDERS,
    input: z.strictObject({ escalationId: idSchema, comment: z.string().trim().min(1).max(500) }),
    output: escalationViewSchema,
  }),
  dismissEscalation: defineAction({
    summary: '不予处理一条问责升级建议（须填写意见）',
    access: ESCALATION_DECIDERS,
    input: z.strictObject({ escalationId: idSchema, comment: z.string().trim().min(1).max(500) }),
    output: escalationViewSchema,
  }),
}
