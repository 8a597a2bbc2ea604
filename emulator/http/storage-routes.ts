import type { FastifyInstance, FastifyReply } from 'fastify'
import type { LocalCloud } from '../local-cloud'
import { StorageError } from '../storage/file-id'
import { sendError } from './http-error'
import { OPENID_RE } from './fn-call'

function storageError(reply: FastifyReply, err: StorageError) {
  const code =
    err.status === 404
      ? 'not-found'
      : err.status === 401
        ? 'unauthenticated'
        : err.status === 403
          ? 'permission-denied'
          : 'invalid-argument'
  return sendError(reply, err.status, code, err.message)
}

/**
 * The H5 app's stand-in for wx.cloud.uploadFile and for temp file URLs. An upload needs an identity
 * and never replaces another user's file; a download needs a URL a function signed.
 */
export function registerStorageRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  app.post<{ Querystring: { cloudPath?: string } }>(
    '/storage/upload',
    { bodyLimit: cloud.store.maxBytes },
    async (req, reply) => {
      try {
        const openid = req.headers['x-dev-openid']
        if (typeof openid !== 'string' || !OPENID_RE.test(openid))
          throw new StorageError(401, '上传文件需要登录身份')
        if (!Buffer.isBuffer(req.body))
          return sendError(reply, 400, 'invalid-argument', '请以原始字节上传文件')
        const { fileID, size } = cloud.store.upload(
          String(req.query.cloudPath ?? ''),
          req.body,
          req.headers['content-type'],
          openid,
        )
        return { fileID, size }
      } catch (err) {
        if (err instanceof StorageError) return storageError(reply, err)
        throw err
      }
    },
  )
  app.get<{ Querystring: { fileID?: string; expires?: string; sign?: string } }>(
    '/storage/download',
    async (req, reply) => {
      try {
        const fileID = String(req.query.fileID ?? '')
        // Path checks first (a bad id is a 400 whatever its signature), then the signature.
        cloud.store.exists(fileID)
        cloud.store.signer.verify(fileID, req.query.expires, req.query.sign, Date.now())
        const { bytes, contentType } = cloud.store.download(fileID)
        if (!contentType.startsWith('image/')) {
          // Documents save under their stored name (整改台账-宛城区-2026-12.xlsx): a CloudBase link ends in it too.
          const name = fileID.split('/').pop() ?? 'file'
          reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        }
        return reply.type(contentType).header('cache-control', 'private, max-age=3600').send(bytes)
      } catch (err) {
        if (err instanceof StorageError) return storageError(reply, err)
        throw err
      }
    },
  )
}
