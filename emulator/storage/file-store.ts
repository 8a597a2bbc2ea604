import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, statSync, renameSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import { checkMagic, cloudPathOf, contentTypeOf, StorageError, toFileId } from './file-id'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Cloud storage on a local folder: the same `cloud://` ids the functions and the app keep. */
export class FileStore {
  readonly root: string

  constructor(root: string, readonly maxBytes = DEFAULT_MAX_BYTES) {
    this.root = resolve(root)
    mkdirSync(this.root, { recursive: true })
  }

  private pathFor(cloudPath: string): string {
    const full = resolve(this.root, cloudPath)
    if (!full.startsWith(this.root + sep)) throw new StorageError(400, '文件路径越界')
    return full
  }

  upload(cloudPath: string, bytes: Buffer, declaredType?: string): { fileID: string; size: number; contentType: string } {
    const fileID = toFileId(cloudPath)
    const contentType = contentTypeOf(cloudPath)
    if (declaredType && !declaredType.startsWith('application/octet-stream') && declaredType.split(';')[0].trim() !== contentType) {
      throw new StorageError(415, `声明的类型 ${declaredType} 与文件名不符（应为 ${contentType}）`)
    }
    if (bytes.length === 0) throw new StorageError(400, '文件为空')
    if (bytes.length > this.maxBytes) throw new StorageError(413, `文件过大：${bytes.length} 字节，上限 ${this.maxBytes} 字节`)
    checkMagic(contentType, bytes)
    const full = this.pathFor(cloudPath)
    mkdirSync(dirname(full), { recursive: true })
    // Write then rename, so a crash never leaves half a file behind an id that was acknowledged.
    const tmp = `${full}.uploading-${process.pid}`
    writeFileSync(tmp, bytes)
    renameSync(tmp, full)
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
    const full = this.pathFor(cloudPathOf(fileID))
    if (!existsSync(full)) return false
    rmSync(full)
    return true
  }

  /** Where the H5 app fetches a file; the local cloud serves this route. */
  static tempUrl(baseUrl: string, fileID: string): string {
    return `${baseUrl}/storage/download?fileID=${encodeURIComponent(fileID)}`
  }
}

