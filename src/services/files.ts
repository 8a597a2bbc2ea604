import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'

/**
 * Opens a generated document. WeChat downloads it and hands it to the system viewer (which can
 * forward it); the browser just follows the link.
 */
export async function openDownloadedFile(url: string, fileType: 'xlsx'): Promise<void> {
  if (!url) throw new AppError('internal', '文件地址为空')
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank')
    return
  }
  const res = await Taro.downloadFile({ url })
  if (res.statusCode !== 200) throw new AppError('internal', '文件下载失败')
  await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true })
}
