import { AppError } from '@contract/errors'
import { templateKeyOfId, type TemplateKey } from '@contract/notice-templates'
import type { Handler } from '../../shared/handler'
import { addGrants, grantsOf } from '../../shared/notify-grants'

/** The app reports the templates the user accepted in the subscribe prompt: one send each. */
export const reportSubscription: Handler<'notice', 'reportSubscription'> = async (input, ctx) => {
  const keys: TemplateKey[] = []
  for (const id of input.accepted) {
    const key = templateKeyOfId(id)
    if (!key) throw new AppError('invalid-argument', `未知的订阅消息模板：${id}`, { field: 'accepted' })
    keys.push(key)
  }
  await addGrants(ctx.db, ctx.caller.openid, keys, ctx.now)
  return { grants: await grantsOf(ctx.db, ctx.caller.openid) }
}
