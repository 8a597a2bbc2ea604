import type { FastifyInstance } from 'fastify'
import type { LocalCloud } from '../local-cloud'
import { sendError } from './http-error'

/** JSON behind the local console page: data, outbox, invocations, timers. */
export function registerConsoleRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  app.get('/console/api/collections', async () => ({
    collections: cloud.db.collectionNames().map((name) => ({ name, count: cloud.db.count(name) })),
  }))
  app.get<{ Params: { name: string }; Querystring: { skip?: string; limit?: string } }>(
    '/console/api/collections/:name',
    async (req, reply) => {
      const { name } = req.params
      if (!cloud.db.collectionNames().includes(name))
        return sendError(reply, 404, 'not-found', `集合不存在：${name}`)
      const skip = Math.max(0, Number(req.query.skip ?? 0) || 0)
      const limit = Math.min(200, Math.max(1, Number(req.query.limit ?? 50) || 50))
      return {
        name,
        total: cloud.db.count(name),
        docs: cloud.db.find(name, {}, { skip, limit, sort: { _id: 1 } }),
      }
    },
  )
  app.get('/console/api/outbox', async () => ({ entries: cloud.outbox.entries.slice(-200).reverse() }))
  app.get('/console/api/invocations', async () => ({
    invocations: cloud.invoker.records.slice(-200).reverse(),
  }))
  app.get('/console/api/timers', async () => ({ timers: cloud.timers.list() }))
  app.post<{ Params: { fn: string; name: string } }>(
    '/console/api/timers/:fn/:name/fire',
    async (req, reply) => {
      const { fn, name } = req.params
      if (!cloud.timers.list().some((t) => t.fn === fn && t.name === name))
        return sendError(reply, 404, 'not-found', `定时触发器不存在：${fn}/${name}`)
      return { result: await cloud.timers.fireNow(fn, name) }
    },
  )
}
