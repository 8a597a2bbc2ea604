import { AppError } from '@contract/errors'
import { MAX_FAILED_BIND_ATTEMPTS_PER_HOUR } from '@contract/domain/binding'
import type { HandlerContext } from '../shared/context'
import { releaseAttemptSlot, takeAttemptSlot } from './repo-binding'

/**
 * Binding is the one door a stranger can knock on: ten wrong codes or unmatched requests an hour per
 * WeChat user, then the door stays shut until the hour has passed. The attempt is taken before the
 * code is looked at (so concurrent guesses cannot all slip past one count) and given back when it
 * succeeds; returns the slot to give back.
 */
export async function takeAttempt(ctx: HandlerContext, kind: 'code' | 'request'): Promise<string> {
  const since = new Date(ctx.now.getTime() - 3600 * 1000)
  const slot = await takeAttemptSlot(
    ctx.db,
    ctx.caller.openid,
    kind,
    MAX_FAILED_BIND_ATTEMPTS_PER_HOUR,
    ctx.now,
    since,
  )
  if (!slot) throw new AppError('failed-precondition', '尝试次数过多，请一小时后再试')
  return slot
}

/** A successful attempt does not count against the user. */
export function giveAttemptBack(ctx: HandlerContext, slot: string): Promise<void> {
  return releaseAttemptSlot(ctx.db, slot)
}

/** Anonymous calls (no OPENID) and already bound users cannot bind. */
export function requireUnboundWeChatUser(ctx: HandlerContext): void {
  if (!ctx.caller.openid) throw new AppError('failed-precondition', '无法识别微信身份，请在微信中打开')
  if (ctx.caller.person)
    throw new AppError(
      'failed-precondition',
      `当前微信已绑定「${ctx.caller.person.name}」，如需更换请联系组织部解绑`,
    )
}
