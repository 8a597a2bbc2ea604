import type { FastifyReply } from 'fastify'

/** 4xx answers of the local cloud's HTTP edge: one shape, a Chinese message. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } })
}
