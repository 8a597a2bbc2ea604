import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import http from 'node:http'
import { join } from 'node:path'
import type { LocalCloud } from '../local-cloud'
import { REPO_ROOT } from '../local-cloud'
import { registerFnRoutes } from './fn-routes'
import { isFnCall, serveFnCall } from './fn-fast-path'
import { registerDevRoutes } from './dev-routes'
import { registerStorageRoutes } from './storage-routes'
import { registerConsoleRoutes } from './console-routes'
import { registerAdminRoutes } from './admin-routes'
import { serveFolder } from './static-files'
import { sendError } from './http-error'
import { refuseNonLocal, sendRefusal } from './local-only'

export const MAX_BODY_BYTES = 1024 * 1024

export interface ServerOptions {
  h5Dir?: string
  logger?: boolean
}

/** The local cloud over HTTP: functions, storage, the dev sign-in, the console and the H5 app. */
export function createServer(cloud: LocalCloud, opts: ServerOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    // Requests from another site are refused first; function calls take the fast path; fastify serves the rest.
    serverFactory: (handler) =>
      http.createServer((req, res) => {
        const refusal = refuseNonLocal(req.headers)
        if (refusal) return sendRefusal(res, refusal)
        return isFnCall(req) ? serveFnCall(cloud, MAX_BODY_BYTES, req, res) : handler(req, res)
      }),
  })
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(
        reply,
        413,
        'invalid-argument',
        `请求体过大（上限 ${Math.round(MAX_BODY_BYTES / 1024)} KB）`,
      )
    if (
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      err instanceof SyntaxError
    ) {
      return sendError(reply, 400, 'invalid-argument', '请求体不是合法的 JSON')
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return sendError(reply, err.statusCode, 'invalid-argument', err.message)
    return sendError(reply, 500, 'internal', '本地云内部错误')
  })
  registerFnRoutes(app, cloud)
  registerDevRoutes(app, cloud)
  registerStorageRoutes(app, cloud)
  registerConsoleRoutes(app, cloud)
  registerAdminRoutes(app, cloud)
  serveFolder(app, '/console/', join(REPO_ROOT, 'emulator', 'console', 'public'), 'console missing')
  serveFolder(
    app,
    '/',
    opts.h5Dir ?? join(REPO_ROOT, 'dist', 'h5'),
    'H5 应用尚未构建：请运行 npm run build:h5',
  )
  return app
}

/** Listen on loopback only; port 0 picks a free port. Returns the base URL. */
export async function listen(app: FastifyInstance, cloud: LocalCloud, port = 0): Promise<string> {
  await app.listen({ host: '127.0.0.1', port })
  const address = app.server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  cloud.baseUrl = `http://127.0.0.1:${actual}`
  return cloud.baseUrl
}
