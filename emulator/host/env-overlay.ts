import { currentInvocation } from './invocation-context'

let installed = false

/**
 * wx-server-sdk's getWXContext() reads process.env on every call, as the real runtime sets one
 * process per invocation. The local cloud serves concurrent invocations in one process, so
 * process.env becomes a view that overlays the current invocation's values.
 */
export function installEnvOverlay(): void {
  if (installed) return
  installed = true
  const base = process.env
  const overlay = (): Record<string, string> | undefined => currentInvocation()?.env
  process.env = new Proxy(base, {
    // Writes go to the real env object itself: forwarded through the proxy, an assignment to a key
    // that already exists becomes a bare-value define, which process.env refuses.
    set(target, key, value) {
      return Reflect.set(target, key, value)
    },
    get(target, key) {
      if (typeof key === 'string') {
        const env = overlay()
        if (env && Object.prototype.hasOwnProperty.call(env, key)) return env[key]
      }
      return Reflect.get(target, key)
    },
    has(target, key) {
      const env = overlay()
      return (typeof key === 'string' && !!env && key in env) || Reflect.has(target, key)
    },
    ownKeys(target) {
      const env = overlay()
      return [...new Set([...Reflect.ownKeys(target), ...(env ? Object.keys(env) : [])])]
    },
    getOwnPropertyDescriptor(target, key) {
      const env = overlay()
      if (typeof key === 'string' && env && Object.prototype.hasOwnProperty.call(env, key)) {
        return { value: env[key], writable: true, enumerable: true, configurable: true }
      }
      return Reflect.getOwnPropertyDescriptor(target, key)
    },
  })
}

/**
 * The env an invocation gets, shaped like the WeChat runtime's. A timer trigger (`wx_trigger`) runs
 * with no user at all: no OPENID, APPID, UNIONID or client IP in getWXContext().
 */
export function wechatEnv(
  ids: { openid: string; appid: string; unionid: string; envId: string; source: string },
  extra: Record<string, string> = {},
): Record<string, string> {
  const user: Record<string, string> =
    ids.source === 'wx_trigger'
      ? {}
      : { WX_OPENID: ids.openid, WX_APPID: ids.appid, WX_UNIONID: ids.unionid, WX_CLIENTIP: '127.0.0.1' }
  return {
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    ...user,
    TCB_ENV: ids.envId,
    SCF_NAMESPACE: ids.envId,
    TCB_SOURCE: ids.source,
    ...extra,
  }
}
