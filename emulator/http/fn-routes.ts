import type { FastifyInstance } from 'fastify'
import type { LocalCloud } from '../local-cloud'
import { FunctionNotFoundError } from '../host/function-host'
import { sendError } from './http-error'

const OPENID_RE = /^[A-Za-z0-9_-]{1,64}$/
/** A function folder's name; anything path-like (dots, slashes) is refused before the host sees it. */
const FUNCTION_NAME_RE = /^[A-Za-z][\w-]{0,59}$/

/** POST /fn/<name> {action, input}: the H5 app's stand-in for wx.cloud.callFunction. */
export function registerFnRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  app.post<{ Params: { name: string } }>('/fn/:name', async (req, reply) => {
    const { name } = req.params
    // No directory listing per call: the host loads (and caches) the folder, or says it is missing.
    if (!FUNCTION_NAME_RE.test(name)) return sendError(reply, 404, 'not-found', `云函数不存在：${name}`)
    const body = req.body as { action?: unknown } | null
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof body.action !== 'string') {
      return sendError(reply, 400, 'invalid-argument', '请求体应为 {"action": "...", "input": {...}}')
    }
    const header = req.headers['x-dev-openid']
    const openid = typeof header === 'string' ? header : ''
    if (openid && !OPENID_RE.test(openid)) return sendError(reply, 400, 'invalid-argument', 'x-dev-openid 格式不正确')
    try {
      const result = await cloud.invoke(name, body, { openid })
      return reply.type('application/json; charset=utf-8').send(result ?? null)
    } catch (err) {
      if (err instanceof FunctionNotFoundError) return sendError(reply, 404, 'not-found', err.message)
      req.log.error(err)
      return sendError(reply, 500, 'internal', err instanceof Error ? err.message : '云函数执行失败')
    }
  })
}
