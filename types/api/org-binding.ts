import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, okOutput, pageInput } from './common'

const requestStatusSchema = z.enum(['pending', 'approved', 'rejected'])

export const bindRequestRowSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  phoneMasked: z.string(),
  unitName: z.string(),
  status: requestStatusSchema,
  createdAt: z.string(),
})
export type BindRequestRow = z.infer<typeof bindRequestRowSchema>

export const orgBindingActions = {
  getMyBinding: defineAction({
    summary: '当前微信的绑定状态与待审核的申请',
    access: 'public',
    input: z.strictObject({}),
    output: z.object({
      bound: z.boolean(),
      personName: z.string().optional(),
      request: z.object({ status: requestStatusSchema, createdAt: z.string() }).optional(),
    }),
  }),
  issueBindCode: defineAction({
    summary: '为人员生成一次性绑定码（7 天内有效，旧码作废）',
    access: ['admin'],
    input: z.strictObject({ personId: idSchema }),
    output: z.object({ code: z.string(), expiresAt: z.string(), personName: z.string() }),
  }),
  bindWithCode: defineAction({
    summary: '输入绑定码，将当前微信绑定到人员',
    access: 'public',
    input: z.strictObject({ code: z.string().min(1).max(20) }),
    output: z.object({ personId: z.string(), personName: z.string() }),
  }),
  requestBinding: defineAction({
    summary: '以姓名与手机号申请绑定，待管理员审核',
    access: 'public',
    input: z.strictObject({
      name: z.string().trim().min(1).max(20),
      phone: z.string().trim().min(11).max(20),
    }),
    output: z.object({ requestId: z.string(), status: requestStatusSchema }),
  }),
  listBindRequests: defineAction({
    summary: '绑定申请列表',
    access: ['admin'],
    input: z.strictObject({ status: requestStatusSchema.default('pending'), ...pageInput }),
    output: z.object({ items: z.array(bindRequestRowSchema), total: z.number() }),
  }),
  decideBindRequest: defineAction({
    summary: '通过或拒绝绑定申请',
    access: ['admin'],
    input: z.strictObject({ requestId: idSchema, approve: z.boolean() }),
    output: okOutput,
  }),
  unbindPerson: defineAction({
    summary: '解除人员与微信的绑定',
    access: ['admin'],
    input: z.strictObject({ personId: idSchema }),
    output: okOutput,
  }),
  revokePerson: defineAction({
    summary: '停用人员：解除绑定并作废其绑定码',
    access: ['admin'],
    input: z.strictObject({ personId: idSchema }),
    output: okOutput,
  }),
}
