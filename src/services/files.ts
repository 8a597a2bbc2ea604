import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'

/**
 * Opens a generated document under the name the server gave it (`整改台账-宛城区-2026-12.xlsx`).
 * WeChat downloads it to that name in the user's files and hands it to the system viewer, which shows
 * and forwards it by that name; the browser saves it as a download with that name.
 */
export async function openDownloadedFile(
  url: string,
  fileType: 'xlsx' | 'docx',
  fileName: string,
): Promise<void> {
  if (!url) throw new AppError('internal', '文件地址为空')
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.rel = 'noopener'
    document.body.appendChild(a)
    a.click()
    a.remove()
    return
  }
  const res = await Taro.downloadFile({ url, filePath: `${Taro.env.USER_DATA_PATH}/${fileName}` })
  if (res.statusCode !== 200) throw new AppError('internal', '文件下载失败')
  await Taro.openDocument({ filePath: res.filePath || res.tempFilePath, fileType, showMenu: true })
}
