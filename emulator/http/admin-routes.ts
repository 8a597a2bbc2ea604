// The CloudBase API's stand-in for functions that run in another process (another Node version):
// wx-server-sdk's own HTTP path sends every database request to TCB_CONTEXT_CNFG.URL (`/admin`),
// and the platform calls the local cloud emulates in-process are forwarded to `/admin/platform`.
import type { FastifyInstance } from 'fastify'
import { randomUUID } from 'node:crypto'
import { invocationStore, type Invocation } from '../host/invocation-context'
import type { LocalCloud } from '../local-cloud'
import { sendError } from './http-error'
import { fromWire, toWire } from '../runtime/wire-buffers'

type Platform = Record<string, (arg: unknown) => Promise<unknown>>

/** The SDK's platform calls a forwarded invocation may make; anything else is refused. */
export const FORWARDED_CALLS = [
  'callFunction',
  'uploadFile',
  'downloadFile',
  'getTempFileURL',
  'deleteFile',
  'openapi',
] as const

interface PlatformBody {
  fn?: unknown
  openid?: unknown
  call?: unknown
  api?: unknown
  arg?: unknown
}

function forwardedInvocation(fn: string, openid: string): Invocation {
  return {
    id: randomUUID(),
    fn,
    action: '',
    openid,
    appid: '',
    unionid: '',
    source: 'wx_client',
    env: {},
    dbRequests: 0,
    docsExamined: 0,
    docsReturned: 0,
    startedAt: performance.now(),
  }
}

export function registerAdminRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  // One database request exactly as @cloudbase/node-sdk posts it: the params plus `action`.
  app.post('/admin', async (req, reply) => {
    const body = req.body as Record<string, unknown> | null
    if (!body || typeof body.action !== 'string')
      return sendError(reply, 400, 'invalid-argument', '请求体缺少 action')
    const { action, ...params } = body
    if (!action.startsWith('database.'))
      return reply.send({ code: 'INVALID_ACTION', message: `本地云只接受数据库请求：${action}` })
    return reply.type('application/json; charset=utf-8').send(await cloud.db.send(action, params))
  })
  app.post('/admin/platform', async (req, reply) => {
    const body = (req.body ?? {}) as PlatformBody
    const call = String(body.call ?? '')
    if (!(FORWARDED_CALLS as readonly string[]).includes(call))
      return sendError(reply, 400, 'invalid-argument', `不支持的平台调用：${call}`)
    const sdk = require('wx-server-sdk') as Record<string, unknown>
    const inv = forwardedInvocation(String(body.fn ?? ''), String(body.openid ?? ''))
    try {
      const result = await invocationStore.run(inv, async () => {
        if (call !== 'openapi') return (sdk[call] as (arg: unknown) => Promise<unknown>)(fromWire(body.arg))
        const [group, method] = String(body.api ?? '').split('.')
        const api = (sdk.openapi as Record<string, Platform>)[group]
        return api[method](fromWire(body.arg))
      })
      return { ok: true, result: toWire(result) }
    } catch (err) {
      const e = err as { name?: string; message?: string; errCode?: number; errMsg?: string }
      return {
        ok: false,
        error: { name: e.name, message: e.message ?? String(err), errCode: e.errCode, errMsg: e.errMsg },
      }
    }
  })
}
