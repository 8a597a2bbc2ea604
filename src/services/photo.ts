import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { ensurePrivacyConsent } from './privacy'

/** Presence photos are evidence, not art: 200 KB is plenty and keeps uploads cheap on weak signal. */
export const MAX_PHOTO_BYTES = 200 * 1024

/** Takes one photo with the camera (never the album) and returns a local path of at most 200 KB. */
export async function takePhoto(): Promise<string> {
  let path: string
  const asked = ensurePrivacyConsent('camera')
  if (asked) await asked
  try {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera'], sizeType: ['compressed'] })
    path = res.tempFiles[0]?.tempFilePath ?? ''
  } catch {
    throw new AppError('failed-precondition', '未拍摄照片')
  }
  if (!path) throw new AppError('failed-precondition', '未拍摄照片')
  return process.env.TARO_ENV === 'h5' ? compressInBrowser(path) : compressInWeapp(path)
}

async function fileSize(path: string): Promise<number> {
  const info = await Taro.getFileInfo({ filePath: path })
  return 'size' in info ? info.size : 0
}

async function compressInWeapp(path: string): Promise<string> {
  let current = path
  for (const quality of [80, 60, 40, 25]) {
    if ((await fileSize(current)) <= MAX_PHOTO_BYTES) break
    current = (await Taro.compressImage({ src: path, quality, compressedWidth: 1280 })).tempFilePath
  }
  if ((await fileSize(current)) > MAX_PHOTO_BYTES) throw new AppError('failed-precondition', '照片过大，无法压缩到 200 KB 以内')
  // Saved out of the temp area: a queued check-in may wait for signal longer than temp files live.
  const saved = await Taro.saveFile({ tempFilePath: current })
  return (saved as { savedFilePath: string }).savedFilePath
}

/** H5: re-encode through a canvas, shrinking quality then size until the JPEG fits. */
async function compressInBrowser(url: string): Promise<string> {
  const img = await new Promise<HTMLImageElement>((resolve, reject) => {
    const el = new Image()
    el.onload = () => resolve(el)
    el.onerror = () => reject(new AppError('invalid-argument', '照片无法读取'))
    el.src = url
  })
  let scale = Math.min(1, 1280 / Math.max(img.width, img.height))
  for (let attempt = 0; attempt < 6; attempt++) {
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(img.width * scale)
    canvas.height = Math.round(img.height * scale)
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height)
    const quality = attempt < 3 ? 0.8 - attempt * 0.2 : 0.5
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
    if (blob && blob.size <= MAX_PHOTO_BYTES) return URL.createObjectURL(blob)
    if (attempt >= 2) scale *= 0.7
  }
  throw new AppError('failed-precondition', '照片过大，无法压缩到 200 KB 以内')
}
