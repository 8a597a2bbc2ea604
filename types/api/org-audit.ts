import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, pageInput, skippedField } from './common'

export const auditRowSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  /** `<function>.<action>`, for code; people read `actionLabel`. */
  action: z.string(),
  actionLabel: z.string(),
  targetType: z.string(),
  targetLabel: z.string(),
  targetId: z.string(),
  summary: z.string(),
})
export type AuditRow = z.infer<typeof auditRowSchema>

export const orgAuditActions = {
  revealSensitive: defineAction({
    summary: '查看完整的身份证号或手机号（记入审计日志）',
    access: ['admin'],
    input: z.strictObject({
      targetType: z.enum(['person', 'household']),
      targetId: idSchema,
      field: z.enum(['phone', 'idNumber']),
    }),
    output: z.object({ value: z.string() }),
  }),
  listAudit: defineAction({
    summary: '审计日志：按操作人或按对象查看',
    access: ['admin'],
    input: z.strictObject({
      actorId: idSchema.optional(),
      targetId: z.string().min(1).max(200).optional(),
      ...pageInput,
    }),
    output: z.object({ items: z.array(auditRowSchema), hasMore: z.boolean(), ...skippedField }),
  }),
}
