import { EARLY_CALL_ACTION, EARLY_CALL_FN, EARLY_CALL_GLOBAL } from '../../config/early-call-names'

/**
 * The browser build's first call, started by a few lines in index.html (config/early-call-script.ts)
 * while the app's scripts are still downloading: on a slow line the workbench then arrives with them
 * instead of half a second after them.
 */

interface EarlyCall {
  openid: string
  /** The answer's JSON, or null when the request failed (the app then asks again itself). */
  body: Promise<unknown>
}

function isEarlyCall(value: unknown): value is EarlyCall {
  return (
    typeof value === 'object' &&
    value !== null &&
    'openid' in value &&
    typeof value.openid === 'string' &&
    'body' in value &&
    value.body instanceof Promise
  )
}

/**
 * The early answer for this call, once: only for the same function, action and identity. Its JSON goes
 * through the same checks as any answer (client.ts validates it against the contract).
 */
export function takeEarlyCall(fn: string, action: string, openid: string | null): Promise<unknown> | null {
  const early: unknown = Reflect.get(globalThis, EARLY_CALL_GLOBAL)
  if (!isEarlyCall(early)) return null
  Reflect.deleteProperty(globalThis, EARLY_CALL_GLOBAL)
  if (fn !== EARLY_CALL_FN || action !== EARLY_CALL_ACTION || early.openid !== openid) return null
  return early.body
}
