import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { StorageError } from './file-id'

/** How long a temporary URL works, as getTempFileURL's default `maxAge` in WeChat. */
export const TEMP_URL_SECONDS = 7200

/**
 * Temporary URLs as WeChat issues them: only a function can mint one (it checked that the caller may
 * read the record), and the URL names one file until it expires. The key lives in memory only, so a
 * restart voids every URL, as expiry would.
 */
export class UrlSigner {
  private readonly key = randomBytes(32)

  private mac(fileID: string, expires: number): Buffer {
    return createHmac('sha256', this.key).update(`${expires}\n${fileID}`).digest()
  }

  sign(fileID: string, nowMs: number): { expires: number; sign: string } {
    const expires = Math.floor(nowMs / 1000) + TEMP_URL_SECONDS
    return { expires, sign: this.mac(fileID, expires).toString('base64url') }
  }

  /** Throws 403 unless the signature is this store's, for this file, and still valid. */
  verify(fileID: string, expires: unknown, sign: unknown, nowMs: number): void {
    const exp = Number(expires)
    if (typeof sign !== 'string' || !Number.isInteger(exp))
      throw new StorageError(403, '下载链接缺少签名，请从应用内重新打开')
    const given = Buffer.from(sign, 'base64url')
    const want = this.mac(fileID, exp)
    if (given.length !== want.length || !timingSafeEqual(given, want))
      throw new StorageError(403, '下载链接签名无效')
    if (exp * 1000 < nowMs) throw new StorageError(403, '下载链接已过期，请刷新后重试')
  }
}
