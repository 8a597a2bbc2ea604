import type { FastifyInstance } from 'fastify'
import type { LocalCloud } from '../local-cloud'
import { StorageError } from '../storage/file-id'
import { sendError } from './http-error'

/** The H5 app's stand-in for wx.cloud.uploadFile and for temp file URLs. */
export function registerStorageRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  app.post<{ Querystring: { cloudPath?: string } }>('/storage/upload', { bodyLimit: cloud.store.maxBytes }, async (req, reply) => {
    if (!Buffer.isBuffer(req.body)) return sendError(reply, 400, 'invalid-argument', '请以原始字节上传文件')
    try {
      const { fileID, size } = cloud.store.upload(String(req.query.cloudPath ?? ''), req.body, req.headers['content-type'])
      return { fileID, size }
    } catch (err) {
      if (err instanceof StorageError) return sendError(reply, err.status, 'invalid-argument', err.message)
      throw err
    }
  })
  app.get<{ Querystring: { fileID?: string } }>('/storage/download', async (req, reply) => {
    try {
      const { bytes, contentType } = cloud.store.download(String(req.query.fileID ?? ''))
      return reply.type(contentType).header('cache-control', 'private, max-age=3600').send(bytes)
    } catch (err) {
      if (err instanceof StorageError) return sendError(reply, err.status, err.status === 404 ? 'not-found' : 'invalid-argument', err.message)
      throw err
    }
  })
}
