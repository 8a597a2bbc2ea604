import * as cloud from 'wx-server-sdk'

/** Temporary URLs for the photos of one page, 50 per request (the platform's limit). */
export async function photoUrls(fileIDs: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set(fileIDs.filter((f): f is string => !!f))]
  const map = new Map<string, string>()
  for (let i = 0; i < unique.length; i += 50) {
    // The SDK types a callback-style call as void; awaited without one it always resolves to a result.
    const res = await cloud.getTempFileURL({ fileList: unique.slice(i, i + 50) })
    for (const f of res ? res.fileList : []) map.set(f.fileID, f.status === 0 ? f.tempFileURL : '')
  }
  return map
}
