import { z } from '../zod'

/**
 * A 派出单位: the department, enterprise or university that sends a resident cadre and stays responsible
 * for them (三个捆绑). It belongs to the county that registered it; its contact receives the leave record,
 * the 记实, the annual assessment and news of a recall for its own cadres only.
 */
export const DISPATCH_UNIT_KINDS = [
  'provincial',
  'city',
  'county',
  'enterprise',
  'university',
  'other',
] as const
export const dispatchUnitKindSchema = z.enum(DISPATCH_UNIT_KINDS)
export type DispatchUnitKind = z.infer<typeof dispatchUnitKindSchema>
export const DISPATCH_UNIT_KIND_LABELS: Record<DispatchUnitKind, string> = {
  provincial: '省直单位',
  city: '市直单位',
  county: '县直单位',
  enterprise: '国有企业',
  university: '高校',
  other: '其他',
}

export const dispatchUnitSchema = z.object({
  id: z.string(),
  /** The county (or prefecture) that registered it: its admins manage it. */
  ownerUnitId: z.string(),
  name: z.string().min(2).max(60),
  kind: dispatchUnitKindSchema,
  contactName: z.string().max(20),
  contactPhoneMasked: z.string(),
  /** The person bound as its contact, once they sign in. */
  contactPersonId: z.string().nullable(),
  status: z.enum(['active', 'archived']),
})
export type DispatchUnit = z.infer<typeof dispatchUnitSchema>

/** The register's row: the unit, its contact (phone masked), whether the contact has signed in, its cadres. */
export const dispatchUnitRowSchema = dispatchUnitSchema.extend({
  kindLabel: z.string(),
  contactBound: z.boolean(),
  cadres: z.number().int().min(0),
})
export type DispatchUnitRow = z.infer<typeof dispatchUnitRowSchema>

const MOBILE = /^1[3-9]\d{9}$/
export const dispatchUnitNameSchema = z
  .string()
  .trim()
  .min(2, '单位名称至少 2 个字')
  .max(60, '单位名称不超过 60 字')
export const contactNameSchema = z
  .string()
  .trim()
  .min(2, '联系人姓名至少 2 个字')
  .max(20, '联系人姓名不超过 20 字')
export const contactPhoneSchema = z.string().trim().regex(MOBILE, '联系人手机号应为 11 位手机号')
