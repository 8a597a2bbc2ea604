import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { chooseBrowserFile } from './browser-file'

export interface PickedFile {
  name: string
  /** weapp temp path, or a blob: URL on H5; either goes to `uploadFile`. */
  path: string
  size: number
}

/**
 * Spreadsheets come from a WeChat chat (chooseMessageFile). Taro's H5 runtime marks
 * chooseMessageFile "permanently not supported", so the browser falls back to a file input.
 */
export async function pickSpreadsheet(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV !== 'h5') {
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
      const f = res.tempFiles[0]
      return f ? { name: f.name, path: f.path, size: f.size } : null
    } catch (err) {
      if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) return null
      throw new AppError('internal', '无法打开文件选择')
    }
  }
  return pickWithInput()
}

async function pickWithInput(): Promise<PickedFile | null> {
  const file = await chooseBrowserFile({
    accept: '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv',
  })
  return file ? { name: file.name, path: URL.createObjectURL(file), size: file.size } : null
}
