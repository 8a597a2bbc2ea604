import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { uploadFor } from './uploads'
import { compressPhoto } from './photo'
import { ensurePrivacyConsent } from './privacy'
import { chooseBrowserFile, IMAGE_ACCEPT } from './browser-file'

export interface PickedFile {
  name: string
  path: string
}

/**
 * A photo from the album or the camera (公示 scans, a villager's picture) in whatever format the phone
 * gives (JPEG, PNG, HEIC where it can be read), turned into a JPEG of at most 200 KB on the phone. A
 * format the phone cannot read is refused with what to do instead.
 */
export async function pickImage(): Promise<PickedFile | null> {
  const asked = ensurePrivacyConsent('album')
  if (asked) await asked
  let path: string | undefined
  if (process.env.TARO_ENV === 'h5') {
    const file = await chooseBrowserFile({ accept: IMAGE_ACCEPT })
    path = file ? URL.createObjectURL(file) : undefined
  } else {
    try {
      const res = await Taro.chooseImage({
        count: 1,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      })
      path = res.tempFilePaths[0]
    } catch {
      return null // cancelled
    }
  }
  return path ? { name: '照片.jpg', path: await compressPhoto(path) } : null
}

/** A document for a notice: from a chat on weapp (chooseMessageFile), a file input in the browser. */
export async function pickDocument(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV !== 'h5') {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file' })
      const f = res.tempFiles[0]
      return f ? { name: f.name, path: f.path } : null
    } catch {
      return null
    }
  }
  const file = await chooseBrowserFile({ accept: '*/*' })
  return file ? { name: file.name, path: URL.createObjectURL(file) } : null
}

/** Uploads under `notice/` (cadres) or `objection/` (villagers): the only folders the contract accepts. */
export async function uploadNoticeFile(folder: 'notice' | 'objection', file: PickedFile): Promise<string> {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)?.[1]?.toLowerCase() ?? 'jpg'
  try {
    return await uploadFor(folder, file.path, { name: file.name }, ext)
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('internal', '文件上传失败，请重试')
  }
}
