/**
 * Is a timer-shaped event really from the platform? WeChat (on Tencent SCF) delivers a timer trigger
 * as `{ Type: 'Timer', TriggerName, Time }` with no user in the context: getWXContext() has no OPENID
 * or FROM_OPENID, and SOURCE is `wx_trigger` (a call from the app is `wx_client`, from another
 * function `…,scf`, from the HTTP API `wx_http`). Anyone can send the same JSON as input, so the
 * shape alone proves nothing: the context must say so too, and the trigger must be one this
 * function's config.json declares.
 */

export interface TriggerConfig {
  name: string
  type: string
  config?: string
}

export interface WxContextLike {
  OPENID?: unknown
  FROM_OPENID?: unknown
  SOURCE?: unknown
}

/** Anything that looks like a trigger event is judged as one, never run as an action call. */
export function looksLikeTimerEvent(event: unknown): event is Record<string, unknown> {
  if (typeof event !== 'object' || event === null) return false
  const e = event as Record<string, unknown>
  return e.Type === 'Timer' || 'TriggerName' in e
}

export type TimerVerdict =
  { ok: true; triggerName: string } | { ok: false; triggerName: string; reason: string }

const present = (v: unknown) => v !== undefined && v !== null && String(v) !== ''

export function judgeTimerEvent(
  event: Record<string, unknown>,
  wx: WxContextLike,
  triggers: readonly TriggerConfig[],
): TimerVerdict {
  const triggerName = typeof event.TriggerName === 'string' ? event.TriggerName : ''
  if (present(wx.OPENID) || present(wx.FROM_OPENID))
    return { ok: false, triggerName, reason: 'caller identity present' }
  // SOURCE is the whole call chain; a timer's own run is exactly `wx_trigger`. When the runtime
  // reports no chain at all there is no client either (every client call carries one).
  if (present(wx.SOURCE) && String(wx.SOURCE) !== 'wx_trigger')
    return { ok: false, triggerName, reason: `source ${String(wx.SOURCE)}` }
  if (event.Type !== 'Timer') return { ok: false, triggerName, reason: 'not a timer type' }
  if (!triggers.some((t) => t.type === 'timer' && t.name === triggerName))
    return { ok: false, triggerName, reason: 'unknown trigger' }
  return { ok: true, triggerName }
}
