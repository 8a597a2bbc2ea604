import { CARD_PHONE_LABELS } from '@contract/domain/card-phone'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { cardPhoneView, setCardPhone as saveCardPhone } from '../../shared/people'
import { encrypt, maskPhone } from '../../shared/sensitive'

/**
 * A cadre chooses which number the 明白卡 shows in full (so the household can call): their mobile, a
 * work phone, or none. Only their own; the work phone is kept encrypted, masked everywhere else.
 */
export const setCardPhone: Handler<'org', 'setCardPhone'> = async (input, ctx) => {
  const me = ctx.caller.person
  const work = input.choice === 'work' ? input.workPhone : ''
  const cardPhone = {
    choice: input.choice,
    workPhoneMasked: work ? maskPhone(work) : '',
    workPhoneEnc: work ? encrypt(work) : null,
    updatedAt: ctx.now,
  }
  await saveCardPhone(ctx.db, me._id, cardPhone)
  await writeAudit(
    ctx,
    'person',
    me._id,
    `明白卡电话：${CARD_PHONE_LABELS[input.choice]}${work ? ` ${cardPhone.workPhoneMasked}` : ''}`,
  )
  return cardPhoneView({ cardPhone })
}
