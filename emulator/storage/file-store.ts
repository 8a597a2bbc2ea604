import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, statSync, renameSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import { checkMagic, cloudPathOf, contentTypeOf, StorageError, toFileId } from './file-id'
import { UrlSigner } from './url-signer'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Who stored a file: a user's openid, or '' for the server (functions, the CLI, seeds). */
export type FileOwner = string

/**
 * Cloud storage on a local folder: the same `cloud://` ids the functions and the app keep. Each file
 * remembers its owner beside it (in a parallel folder no cloud path can reach), so a user can never
 * replace someone else's file, as WeChat's rule `resource.openid == auth.openid` enforces.
 */
export class FileStore {
  readonly root: string
  private readonly metaRoot: string
  readonly signer = new UrlSigner()

  constructor(
    root: string,
    readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {
    this.root = resolve(root)
    this.metaRoot = `${this.root}-owners`
    mkdirSync(this.root, { recursive: true })
  }

  private pathFor(cloudPath: string, base = this.root): string {
    const full = resolve(base, cloudPath)
    if (!full.startsWith(base + sep)) throw new StorageError(400, '文件路径越界')
    return full
  }

  /** Owner of a stored file; files without a record (seeds, older stores) belong to the server. */
  ownerOf(fileID: string): FileOwner | null {
    const cloudPath = cloudPathOf(fileID)
    if (!existsSync(this.pathFor(cloudPath))) return null
    const meta = this.pathFor(`${cloudPath}.json`, this.metaRoot)
    if (!existsSync(meta)) return ''
    const owner: unknown = JSON.parse(readFileSync(meta, 'utf8')).owner
    return typeof owner === 'string' ? owner : ''
  }

  upload(
    cloudPath: string,
    bytes: Buffer,
    declaredType?: string,
    owner: FileOwner = '',
  ): { fileID: string; size: number; contentType: string } {
    const fileID = toFileId(cloudPath)
    const contentType = contentTypeOf(cloudPath)
    if (
      declaredType &&
      !declaredType.startsWith('application/octet-stream') &&
      declaredType.split(';')[0].trim() !== contentType
    ) {
      throw new StorageError(415, `声明的类型 ${declaredType} 与文件名不符（应为 ${contentType}）`)
    }
    if (bytes.length === 0) throw new StorageError(400, '文件为空')
    if (bytes.length > this.maxBytes)
      throw new StorageError(413, `文件过大：${bytes.length} 字节，上限 ${this.maxBytes} 字节`)
    checkMagic(contentType, bytes)
    // The server may replace its own exports; a user only a file they stored themselves.
    const current = this.ownerOf(fileID)
    if (owner && current !== null && current !== owner)
      throw new StorageError(403, '该路径已有他人的文件，不能覆盖')
    const full = this.pathFor(cloudPath)
    mkdirSync(dirname(full), { recursive: true })
    // Write then rename, so a crash never leaves half a file behind an id that was acknowledged.
    const tmp = `${full}.uploading-${process.pid}`
    writeFileSync(tmp, bytes)
    renameSync(tmp, full)
    const meta = this.pathFor(`${cloudPath}.json`, this.metaRoot)
    mkdirSync(dirname(meta), { recursive: true })
    writeFileSync(meta, JSON.stringify({ owner, at: new Date().toISOString() }))
    return { fileID, size: bytes.length, contentType }
  }

  download(fileID: string): { bytes: Buffer; contentType: string } {
    const cloudPath = cloudPathOf(fileID)
    const full = this.pathFor(cloudPath)
    if (!existsSync(full)) throw new StorageError(404, `文件不存在：${fileID}`)
    return { bytes: readFileSync(full), contentType: contentTypeOf(cloudPath) }
  }

  exists(fileID: string): boolean {
    return existsSync(this.pathFor(cloudPathOf(fileID)))
  }

  size(fileID: string): number {
    return statSync(this.pathFor(cloudPathOf(fileID))).size
  }

  remove(fileID: string): boolean {
    const cloudPath = cloudPathOf(fileID)
    const full = this.pathFor(cloudPath)
    if (!existsSync(full)) return false
    rmSync(full)
    rmSync(this.pathFor(`${cloudPath}.json`, this.metaRoot), { force: true })
    return true
  }

  /** A signed, expiring URL where the H5 app fetches a file; only functions mint these. */
  tempUrl(baseUrl: string, fileID: string, nowMs = Date.now()): string {
    const { expires, sign } = this.signer.sign(fileID, nowMs)
    return `${baseUrl}/storage/download?fileID=${encodeURIComponent(fileID)}&expires=${expires}&sign=${sign}`
  }
}
