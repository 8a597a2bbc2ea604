import type { FastifyInstance } from 'fastify'
import type { LocalCloud } from '../local-cloud'
import { fnCall } from './fn-call'

/**
 * POST /fn/<name> {action, input}: the H5 app's stand-in for wx.cloud.callFunction. A listening
 * server answers JSON calls on its fast path (fn-fast-path.ts); this route serves the rest
 * (other content types, fastify's inject()) with the same answers.
 */
export function registerFnRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  app.post<{ Params: { name: string } }>('/fn/:name', async (req, reply) => {
    const answer = await fnCall(cloud, req.params.name, req.body, req.headers['x-dev-openid'], (err) =>
      req.log.error(err),
    )
    return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.body)
  })
}
