import * as cloud from 'wx-server-sdk'
import { AppError, isAppError, type Envelope } from '@contract/errors'
import { getActionDef, type CallEvent, type FunctionName } from '@contract/api'
import { parseOrThrow } from '@contract/api/validate'
import { loadCaller, checkAccess } from './auth'
import { serverNow } from './clock'
import { logEvent } from './log'
import { instanceDb } from './instance-db'
import {
  judgeTimerEvent,
  looksLikeTimerEvent,
  type TriggerConfig,
  type WxContextLike,
} from './platform-event'
import type { Database } from './db-types'
import type { HandlerContext } from './context'
import type { Routes } from './handler'

/**
 * Any action's handler as the dispatcher holds it, looked up by the action's name at run time. The
 * contract's schema (parsed just before) and access gate (`checkAccess`) are what make a call fit it.
 */
type StoredHandler = (input: never, ctx: never) => Promise<unknown>
export type TimerJob = (ctx: { db: Database; now: Date; requestId: string }) => Promise<unknown>

interface WxRuntimeContext {
  request_id?: string
}

/** The part of a function's config.json the entry reads: its triggers, as the platform has them. */
export interface FunctionConfig {
  timeout?: number
  triggers?: readonly TriggerConfig[]
}

const FORGED = {
  ok: false,
  error: { code: 'permission-denied', message: '定时任务只能由平台按计划触发' },
} as const

function newRequestId(context: WxRuntimeContext | undefined): string {
  return context?.request_id || `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/**
 * The one entry every function shares: unknown action → not-found, bad input → invalid-argument,
 * role refused → permission-denied, anything unexpected → internal with a request id (logged, the
 * stack never leaves the function).
 */
export function createMain<F extends FunctionName>(
  fn: F,
  routes: Routes<F>,
  config: FunctionConfig,
  timer?: TimerJob,
) {
  const table: Readonly<Record<string, StoredHandler>> = routes
  const triggers = config.triggers ?? []
  const db = instanceDb()
  return async function main(
    event: unknown,
    context?: WxRuntimeContext,
  ): Promise<Envelope<unknown> | unknown> {
    const requestId = newRequestId(context)
    if (looksLikeTimerEvent(event)) {
      // Read inside main: the context belongs to this invocation. SOURCE falls back to the variable
      // the SDK reads it from, for a runtime that lists no context keys.
      const wx: WxContextLike = cloud.getWXContext()
      const source = wx.SOURCE ?? process.env.TCB_SOURCE
      const verdict = judgeTimerEvent(event, { ...wx, SOURCE: source }, triggers)
      if (!verdict.ok) {
        logEvent({
          event: 'timer_forged',
          requestId,
          fn,
          triggerName: verdict.triggerName.slice(0, 64),
          source: String(source ?? ''),
          openid: String(wx.OPENID ?? wx.FROM_OPENID ?? ''),
          reason: verdict.reason,
        })
        return FORGED
      }
      if (!timer) return { ok: false, error: { code: 'not-found', message: '此函数没有定时任务' } }
      try {
        return { ok: true, data: await timer({ db, now: serverNow(), requestId }) }
      } catch (err) {
        logEvent({ event: 'timer_failed', requestId, fn, error: String(err) })
        return { ok: false, error: { code: 'internal', message: '定时任务失败', requestId } }
      }
    }
    const call = (event ?? {}) as Partial<CallEvent>
    const action = typeof call.action === 'string' ? call.action : ''
    try {
      const def = getActionDef(fn, action)
      const handler = Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined
      if (!def || !handler) throw new AppError('not-found', `未知的操作：${action || '(空)'}`)
      // Only a missing input means "no arguments"; null is a bad input like any other.
      const input = parseOrThrow(def.input, call.input === undefined ? {} : call.input)
      const { OPENID } = cloud.getWXContext()
      const caller = await loadCaller(db, String(OPENID ?? ''))
      checkAccess(caller, def.access)
      const ctx: HandlerContext = { db, caller, requestId, now: serverNow(), fn, action }
      // The parse above gave the action's input type and checkAccess refused anyone unbound for a
      // non-public action: the two things the handler's declared parameters say.
      const output = await handler(input as never, ctx as never)
      const checked = def.output.safeParse(output)
      if (!checked.success)
        throw new Error(`output of ${fn}.${action} breaks the contract: ${checked.error.message}`)
      return { ok: true, data: checked.data }
    } catch (err) {
      if (isAppError(err)) return { ok: false, error: err.toBody() }
      const e = err instanceof Error ? err : new Error(String(err))
      logEvent({ event: 'internal_error', requestId, fn, action, error: e.message, stack: e.stack })
      return {
        ok: false,
        error: { code: 'internal', message: `服务暂时出错，请稍后重试（请求编号 ${requestId}）`, requestId },
      }
    }
  }
}
