import * as cloud from 'wx-server-sdk'

interface TempFileResult {
  fileList: Array<{ fileID: string; status: number }>
}

/** Whether the file is in cloud storage: asking for its temp URL is the SDK's cheapest probe. */
export async function fileExists(fileID: string): Promise<boolean> {
  const res = (await cloud.getTempFileURL({ fileList: [fileID] })) as unknown as TempFileResult
  return res.fileList.some((f) => f.fileID === fileID && f.status === 0)
}
