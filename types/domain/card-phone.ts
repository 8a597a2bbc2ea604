import { z } from '../zod'

/**
 * Which number a cadre shows on the 明白卡 of the households they serve, so the household can call:
 * none (the default: nothing in full without the cadre's choice), their own mobile, or a work phone
 * they enter. Everywhere else the number stays masked.
 */
export const CARD_PHONE_CHOICES = ['none', 'mobile', 'work'] as const
export const cardPhoneChoiceSchema = z.enum(CARD_PHONE_CHOICES, { error: '请选择明白卡上显示的电话' })
export type CardPhoneChoice = z.infer<typeof cardPhoneChoiceSchema>
export const CARD_PHONE_LABELS: Record<CardPhoneChoice, string> = {
  none: '不在明白卡上显示',
  mobile: '显示本人手机号',
  work: '显示办公电话',
}

/** A landline with its area code (0377-63123456) or a mobile number. */
export const workPhoneSchema = z
  .string()
  .trim()
  .regex(/^(0\d{2,3}-?\d{7,8}|1[3-9]\d{9})$/, '请填写有效的办公电话（如 0377-63123456）或手机号')

export const cardPhoneInput = z
  .strictObject({
    choice: cardPhoneChoiceSchema,
    /** Only with `work`; '' otherwise. */
    workPhone: z.union([workPhoneSchema, z.literal('')]).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.choice === 'work' && !v.workPhone)
      ctx.addIssue({ code: 'custom', path: ['workPhone'], message: '选择显示办公电话时须填写办公电话' })
  })

export const cardPhoneViewSchema = z.object({
  choice: cardPhoneChoiceSchema,
  choiceLabel: z.string(),
  workPhoneMasked: z.string(),
})
export type CardPhoneView = z.infer<typeof cardPhoneViewSchema>
