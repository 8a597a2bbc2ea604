import * as cloud from 'wx-server-sdk'
import type { Handler } from '../../shared/handler'
import { getWorkLog as findWorkLog } from '../repo-days'

interface TempFileResult {
  fileList: Array<{ fileID: string; tempFileURL: string; status?: number }>
}

/** The caller's own log of one day (none yet: empty), so the form starts from what is stored. */
export const getWorkLog: Handler<'presence', 'getWorkLog'> = async (input, ctx) => {
  const log = await findWorkLog(ctx.db, ctx.caller.person._id, input.day)
  if (!log) return { day: input.day, text: null, photos: [], updatedAt: null }
  const ids = log.photoFileIds ?? []
  const urls = new Map<string, string>()
  if (ids.length > 0) {
    const res = (await cloud.getTempFileURL({ fileList: ids })) as TempFileResult
    for (const f of res.fileList)
      urls.set(f.fileID, f.status === undefined || f.status === 0 ? f.tempFileURL : '')
  }
  const updatedAt = log.updatedAt instanceof Date ? log.updatedAt : new Date(String(log.updatedAt))
  return {
    day: log.day,
    text: log.text,
    photos: ids.map((fileId) => ({ fileId, url: urls.get(fileId) ?? '' })),
    updatedAt: updatedAt.toISOString(),
  }
}
