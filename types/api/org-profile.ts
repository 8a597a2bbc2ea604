import { defineAction } from './define'
import { cardPhoneInput, cardPhoneViewSchema } from '../domain/card-phone'

/** A person's own settings. */
export const orgProfileActions = {
  setCardPhone: defineAction({
    summary: '本人设置明白卡上显示的电话（本人手机号、办公电话或不显示）',
    access: 'bound',
    input: cardPhoneInput,
    output: cardPhoneViewSchema,
  }),
}
