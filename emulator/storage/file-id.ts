/** `cloud://` file ids of the local cloud and the checks that keep them inside the store. */
export const LOCAL_BUCKET = 'local.zhucun-local'
const PREFIX = `cloud://${LOCAL_BUCKET}/`

export class StorageError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415,
    message: string,
  ) {
    super(message)
    this.name = 'StorageError'
  }
}

/** A cloud path is relative, uses `/`, and has no empty, `.` or `..` segments. */
export function checkCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath.length === 0 || cloudPath.length > 512) {
    throw new StorageError(400, 'cloudPath 不能为空，且不超过 512 个字符')
  }
  if (/[\\\0]/.test(cloudPath) || cloudPath.startsWith('/'))
    throw new StorageError(400, `cloudPath 不合法：${cloudPath}`)
  const segments = cloudPath.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    throw new StorageError(400, `cloudPath 不合法：${cloudPath}`)
  if (!/^[\w\-./\u4e00-\u9fa5]+$/.test(cloudPath))
    throw new StorageError(400, `cloudPath 含有不支持的字符：${cloudPath}`)
  return cloudPath
}

export function toFileId(cloudPath: string): string {
  return PREFIX + checkCloudPath(cloudPath)
}

export function cloudPathOf(fileId: unknown): string {
  if (typeof fileId !== 'string' || !fileId.startsWith(PREFIX))
    throw new StorageError(400, `不是本地云存储的文件 ID：${String(fileId).slice(0, 100)}`)
  return checkCloudPath(fileId.slice(PREFIX.length))
}

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export function contentTypeOf(cloudPath: string): string {
  const ext = cloudPath.split('.').pop()?.toLowerCase() ?? ''
  const type = TYPES[ext]
  if (!type) throw new StorageError(415, `不支持的文件类型：.${ext}（支持 ${Object.keys(TYPES).join('、')}）`)
  return type
}

/** Images must be what their name says: a renamed executable is not a photo. */
export function checkMagic(contentType: string, bytes: Buffer): void {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b)
  const ok =
    contentType === 'image/jpeg'
      ? starts([0xff, 0xd8, 0xff])
      : contentType === 'image/png'
        ? starts([0x89, 0x50, 0x4e, 0x47])
        : contentType === 'image/gif'
          ? starts([0x47, 0x49, 0x46])
          : contentType === 'image/webp'
            ? starts([0x52, 0x49, 0x46, 0x46])
            : contentType === 'application/pdf'
              ? starts([0x25, 0x50, 0x44, 0x46])
              : contentType.includes('openxmlformats')
                ? starts([0x50, 0x4b])
                : true
  if (!ok) throw new StorageError(415, `文件内容与类型 ${contentType} 不符`)
}
