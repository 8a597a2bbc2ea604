import * as cloud from 'wx-server-sdk'

interface TempFileResult {
  fileList: Array<{ fileID: string; tempFileURL: string; status: number }>
}

/** Temporary URLs for the photos of one page, 50 per request (the platform's limit). */
export async function photoUrls(fileIDs: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set(fileIDs.filter((f): f is string => !!f))]
  const map = new Map<string, string>()
  for (let i = 0; i < unique.length; i += 50) {
    const res = (await cloud.getTempFileURL({ fileList: unique.slice(i, i + 50) })) as unknown as TempFileResult
    for (const f of res.fileList) map.set(f.fileID, f.status === 0 ? f.tempFileURL : '')
  }
  return map
}
