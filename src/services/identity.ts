/**
 * The dev identity of the H5 build: the openid the local cloud should treat as the caller. It stands in
 * for WeChat's login, which the browser does not have. On weapp the identity is WeChat's own.
 */
import { DEV_OPENID_KEY as KEY } from '../../config/early-call-names'

/** True when the app talks to the local cloud, where demo identities can be picked. */
export const supportsDevIdentity = process.env.TARO_ENV === 'h5'

function storage(): Storage | null {
  if (!supportsDevIdentity || typeof window === 'undefined') return null
  try {
    return window.localStorage
  } catch {
    return null // Private modes may forbid storage; then every call is anonymous.
  }
}

export function getDevOpenid(): string | null {
  return storage()?.getItem(KEY) ?? null
}

export function setDevOpenid(openid: string): void {
  storage()?.setItem(KEY, openid)
}

export function clearDevOpenid(): void {
  storage()?.removeItem(KEY)
}
