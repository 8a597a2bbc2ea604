import * as cloud from 'wx-server-sdk'

/** Temporary URLs for stored fileIDs (≤ 50 per call); a missing file gives an empty URL. */
export async function tempUrls(fileIDs: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  for (let i = 0; i < fileIDs.length; i += 50) {
    const res = (await cloud.getTempFileURL({ fileList: fileIDs.slice(i, i + 50) })) as {
      fileList: Array<{ fileID: string; tempFileURL: string }>
    }
    for (const f of res.fileList) map.set(f.fileID, f.tempFileURL ?? '')
  }
  return map
}
