import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { ensurePrivacyConsent } from './privacy'
import { chooseBrowserFile, IMAGE_ACCEPT } from './browser-file'

/** Presence photos are evidence, not art: 200 KB is plenty and keeps uploads cheap on weak signal. */
export const MAX_PHOTO_BYTES = 200 * 1024

/** Takes one photo with the camera (never the album) and returns a local path of at most 200 KB. */
export async function takePhoto(): Promise<string> {
  let path: string
  const asked = ensurePrivacyConsent('camera')
  if (asked) await asked
  if (process.env.TARO_ENV === 'h5') {
    const file = await chooseBrowserFile({ accept: IMAGE_ACCEPT, capture: 'environment' })
    path = file ? URL.createObjectURL(file) : ''
  } else {
    try {
      const res = await Taro.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: ['camera'],
        sizeType: ['compressed'],
      })
      path = res.tempFiles[0]?.tempFilePath ?? ''
    } catch {
      throw new AppError('failed-precondition', '未拍摄照片')
    }
  }
  if (!path) throw new AppError('failed-precondition', '未拍摄照片')
  return compressPhoto(path)
}

/**
 * Any photo the platform hands over (JPEG, PNG, HEIC where the phone and the browser can read it)
 * becomes a JPEG of at most 200 KB and 1280 px on the long edge, on the phone, before any upload: the
 * server accepts photos under a `.jpg` name and the signal in a village is weak.
 */
export function compressPhoto(path: string): Promise<string> {
  return process.env.TARO_ENV === 'h5' ? compressInBrowser(path) : compressInWeapp(path)
}

async function fileSize(path: string): Promise<number> {
  const info = await Taro.getFileInfo({ filePath: path })
  return 'size' in info ? info.size : 0
}

async function compressInWeapp(path: string): Promise<string> {
  let current = path
  // A PNG (or anything not JPEG) is re-encoded once even when small: compressImage writes JPEG.
  let encoded = /\.jpe?g$/i.test(path)
  for (const quality of [80, 60, 40, 25]) {
    if (encoded && (await fileSize(current)) <= MAX_PHOTO_BYTES) break
    try {
      current = (await Taro.compressImage({ src: path, quality, compressedWidth: 1280 })).tempFilePath
    } catch {
      throw new AppError('invalid-argument', UNREADABLE)
    }
    encoded = true
  }
  if ((await fileSize(current)) > MAX_PHOTO_BYTES)
    throw new AppError('failed-precondition', '照片过大，无法压缩到 200 KB 以内，请靠近一些重拍或换一张')
  // Saved out of the temp area: a queued check-in may wait for signal longer than temp files live.
  const saved = await Taro.saveFile({ tempFilePath: current })
  return (saved as { savedFilePath: string }).savedFilePath
}

/** What a browser that cannot decode the file (HEIC outside Safari, a damaged file) tells the person. */
export const UNREADABLE =
  '这张照片无法读取（可能是 HEIC 等本浏览器不支持的格式）。请改用相机直接拍照，或在手机相机设置中选择“兼容性最佳”后重拍'

/** H5: re-encode through a canvas, shrinking quality then size until the JPEG fits. */
async function compressInBrowser(url: string): Promise<string> {
  const img = await new Promise<HTMLImageElement>((resolve, reject) => {
    const el = new Image()
    el.onload = () => resolve(el)
    el.onerror = () => reject(new AppError('invalid-argument', UNREADABLE))
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
  throw new AppError('failed-precondition', '照片过大，无法压缩到 200 KB 以内，请靠近一些重拍或换一张')
}
