import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { pickDocument } from './notice-files'
import { uploadFor } from './uploads'

const REPORT_EXTENSIONS = ['pdf', 'docx', 'jpg', 'jpeg', 'png']
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png']

const extOf = (name: string) => /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? ''

/**
 * A cadre's 述职 document (PDF, Word or a scan): picked from a chat or the file system, uploaded to a
 * random path under `duty-reports/` and registered for `duty-report` with its own name. Null when
 * nothing was picked.
 */
export async function attachDutyReport(): Promise<{ fileID: string; name: string } | null> {
  const file = await pickDocument()
  if (!file) return null
  const ext = extOf(file.name)
  if (!REPORT_EXTENSIONS.includes(ext))
    throw new AppError('invalid-argument', '述职材料仅支持 PDF、Word 或图片（jpg、png）')
  const name = file.name.slice(0, 100)
  try {
    return { fileID: await uploadFor('duty-report', file.path, { name }, ext), name }
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('internal', '述职材料上传失败，请重试')
  }
}

/** Opens a stored 述职 file: a new tab in the browser; the image viewer or the document viewer on weapp. */
export async function openDutyReport(file: { name: string; url: string }): Promise<void> {
  if (!file.url) throw new AppError('failed-precondition', '文件链接暂不可用，请稍后重试')
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank', 'noopener')
    return
  }
  const ext = extOf(file.name)
  if (IMAGE_EXTENSIONS.includes(ext)) {
    await Taro.previewImage({ urls: [file.url], current: file.url })
    return
  }
  const res = await Taro.downloadFile({ url: file.url })
  if (res.statusCode !== 200) throw new AppError('internal', '文件下载失败')
  await Taro.openDocument({
    filePath: res.tempFilePath,
    fileType: ext === 'pdf' ? 'pdf' : 'docx',
    showMenu: true,
  })
}
