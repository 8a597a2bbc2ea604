import * as cloud from 'wx-server-sdk'
import { AppError } from '@contract/errors'
import type { HandlerContext } from './context'

/**
 * Stores a generated file under its meaningful name (one folder per request keeps names unique) and
 * hands back a temporary URL; the name also travels to the app so the phone saves it under that name.
 */
export async function storeExport(
  ctx: HandlerContext,
  kind: string,
  fileName: string,
  content: Buffer,
): Promise<{ fileID: string; url: string; fileName: string }> {
  const cloudPath = `exports/${kind}/${ctx.requestId.replace(/[^\w-]/g, '')}/${fileName}`
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: content })) as { fileID: string }
  const temp = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as {
    fileList: Array<{ tempFileURL?: string }>
  }
  const url = temp.fileList[0]?.tempFileURL
  if (!url) throw new AppError('internal', '生成下载地址失败')
  return { fileID: uploaded.fileID, url, fileName }
}

/** A file a scheduled job generates (no request behind it): stored under `exports/<kind>/<key>/`. */
export async function storeJobFile(
  kind: string,
  key: string,
  fileName: string,
  content: Buffer,
): Promise<string> {
  const cloudPath = `exports/${kind}/${key.replace(/[^\w-]/g, '')}/${fileName}`
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: content })) as { fileID: string }
  return uploaded.fileID
}
