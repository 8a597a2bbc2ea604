import * as cloud from 'wx-server-sdk'
import { REVIEW_LEVEL_LABELS, REVIEW_RESULT_LABELS } from '@contract/domain/duty-review'
import type { ReviewEntryView, ReviewSessionView } from '@contract/api/presence-reviews'
import type { ReviewEntryDoc, ReviewSessionDoc } from '../shared/duty-reviews'

export function sessionView(doc: ReviewSessionDoc, entries: number): ReviewSessionView {
  return {
    id: doc._id,
    level: doc.level,
    levelLabel: REVIEW_LEVEL_LABELS[doc.level],
    unitId: doc.unitId,
    unitName: doc.unitName,
    date: doc.date,
    title: doc.title,
    attendees: doc.attendees,
    createdByName: doc.createdByName,
    entries,
  }
}

interface TempFileResult {
  fileList: Array<{ fileID: string; tempFileURL: string; status?: number }>
}

/** Temporary links to the entries' 述职 files (the platform takes 50 ids per call). */
export async function reportFileUrls(docs: readonly ReviewEntryDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(docs.flatMap((d) => (d.reportFileId ? [d.reportFileId] : [])))]
  const urls = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 50) {
    const res = (await cloud.getTempFileURL({ fileList: ids.slice(i, i + 50) })) as TempFileResult
    for (const f of res.fileList) urls.set(f.fileID, f.status ? '' : f.tempFileURL)
  }
  return urls
}

export function entryView(doc: ReviewEntryDoc, urls: ReadonlyMap<string, string>): ReviewEntryView {
  return {
    id: doc._id,
    sessionId: doc.sessionId,
    sessionTitle: doc.sessionTitle,
    date: doc.date,
    personId: doc.personId,
    personName: doc.personName,
    reportText: doc.reportText,
    reportFileId: doc.reportFileId,
    reportFile: doc.reportFileId
      ? { name: doc.reportFileName ?? '述职材料', url: urls.get(doc.reportFileId) ?? '' }
      : null,
    result: doc.result,
    resultLabel: REVIEW_RESULT_LABELS[doc.result],
    votes: doc.votes,
    recordedByName: doc.recordedByName,
  }
}
