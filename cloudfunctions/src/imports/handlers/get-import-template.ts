import * as cloud from 'wx-server-sdk'
import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { buildTemplate } from '../template'

const TEMPLATE_NAME = '导入模板-驻村工作台.xlsx'
const TEMPLATE_PATH = `templates/${TEMPLATE_NAME}`

/** Built from the layout on every call, so the template always matches what the parser expects. */
export const getImportTemplate: Handler<'imports', 'getImportTemplate'> = async () => {
  const { fileID } = await cloud.uploadFile({ cloudPath: TEMPLATE_PATH, fileContent: await buildTemplate() })
  // The SDK's typings mix in its callback overload (void); the promise form always resolves a result.
  const res = (await cloud.getTempFileURL({ fileList: [fileID] })) as {
    fileList: Array<{ tempFileURL?: string }>
  }
  const tempUrl = res.fileList[0]?.tempFileURL
  if (!tempUrl) throw new AppError('internal', '生成下载地址失败')
  return { fileID, tempUrl, fileName: TEMPLATE_NAME }
}
