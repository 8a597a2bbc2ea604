import { AppError } from '@contract/errors'
import type { Caller } from './context'
import { logEvent } from './log'

/**
 * The parties of a case: whom it is about and who asked for it, as person ids, and as WeChat
 * users where the asker has no person record (a villager's objection, a binding request).
 */
export interface CaseParties {
  personIds?: ReadonlyArray<string | null | undefined>
  openids?: ReadonlyArray<string | null | undefined>
}

/** Is the caller one of the case's parties? Empty ids never match. */
export function isOwnCase(caller: Caller, parties: CaseParties): boolean {
  const me = caller.person?._id
  if (me && (parties.personIds ?? []).some((id) => id === me)) return true
  return !!caller.openid && (parties.openids ?? []).some((id) => id === caller.openid)
}

/**
 * 回避: nobody decides a case about themselves or one they asked for, whatever second role they
 * hold. Every deciding handler calls this after its scope check and before it reads the state,
 * so the refusal is the same whether or not someone else already decided, and nothing is written.
 */
export function refuseSelfDecision(caller: Caller, parties: CaseParties, what: string, requestId = ''): void {
  if (!isOwnCase(caller, parties)) return
  logEvent({ event: 'self_decision_refused', requestId, personId: caller.person?._id ?? '', what })
  throw new AppError('permission-denied', `不能审批与本人有关的事项（${what}）`)
}
