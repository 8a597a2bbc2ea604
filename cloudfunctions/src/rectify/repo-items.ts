import type { Database, Where } from '../shared/db-types'
import type { RectItemDoc, SiteConfirmation, StoredFile, StoredPhoto } from './docs'

export const ITEMS = 'rectify_items'

/** The documents come back with Dates as Dates; the repo owns the claim that they are items. */
export async function findItem(db: Database, id: string): Promise<RectItemDoc | null> {
  return (await db.collection(ITEMS).doc(id).get<RectItemDoc>()).data
}

export async function insertItem(db: Database, item: RectItemDoc): Promise<void> {
  await db.collection(ITEMS).add({ data: { ...item } })
}

export interface Page {
  offset: number
  limit: number
}

export async function pageItems(db: Database, where: Where | unknown, sort: { field: keyof RectItemDoc; order: 'asc' | 'desc' }, page: Page): Promise<{ items: RectItemDoc[]; total: number }> {
  const query = db.collection(ITEMS).where(where as Where)
  const [total, res] = await Promise.all([
    query.count(),
    query.orderBy(sort.field, sort.order).orderBy('_id', 'asc').skip(page.offset).limit(page.limit).get<RectItemDoc>(),
  ])
  return { items: res.data, total: total.total }
}

/** Every item matching, 1,000 per read (the server SDK's cap), for exports and timer jobs. */
export async function allItems(db: Database, where: Where | unknown, sortField: keyof RectItemDoc = 'registeredAt', max = 20_000): Promise<RectItemDoc[]> {
  const out: RectItemDoc[] = []
  const query = db.collection(ITEMS).where(where as Where)
  const total = Math.min((await query.count()).total, max)
  const reads: Array<Promise<RectItemDoc[]>> = []
  for (let skip = 0; skip < total; skip += 1000) {
    reads.push(query.orderBy(sortField, 'asc').orderBy('_id', 'asc').skip(skip).limit(1000).get<RectItemDoc>().then((r) => r.data))
  }
  for (const chunk of await Promise.all(reads)) out.push(...chunk)
  return out
}

/** What an export row needs; photos by file only, so the read stays small. */
export type ExportRow = Pick<RectItemDoc, '_id' | 'source' | 'townshipName' | 'villageName' | 'problem' | 'measures' | 'responsibleUnit' | 'responsibleName' | 'deadline' | 'originalDeadline' | 'state' | 'trail' | 'closedAt' | 'reviewerName' | 'registeredAt'> & {
  beforePhotos: Array<Pick<StoredPhoto, 'fileID'>>
  afterPhotos: Array<Pick<StoredPhoto, 'fileID' | 'far'>>
  afterFiles?: Array<Pick<StoredFile, 'fileID'>>
  siteConfirmation?: Pick<SiteConfirmation, 'text' | 'byName' | 'at'> | null
}

const EXPORT_FIELDS = ['source', 'townshipName', 'villageName', 'problem', 'measures', 'responsibleUnit', 'responsibleName', 'deadline', 'originalDeadline', 'state', 'trail', 'closedAt', 'reviewerName', 'registeredAt', 'beforePhotos.fileID', 'afterPhotos.fileID', 'afterPhotos.far', 'afterFiles.fileID', 'siteConfirmation']

/**
 * Every matching row for the export, oldest first. Item ids begin with their registration time, so
 * `_id` order is registration order; paging by an `_id` cursor (1,000 per read, the server SDK's
 * cap) never re-reads earlier pages and needs no count.
 */
export async function exportRows(db: Database, where: Where | unknown, max = 20_000): Promise<ExportRow[]> {
  const _ = db.command
  const projection = Object.fromEntries(EXPORT_FIELDS.map((f) => [f, true]))
  const out: ExportRow[] = []
  let after: string | null = null
  while (out.length < max) {
    const page: Where | unknown = after === null ? where : _.and(where as Where, { _id: _.gt(after) })
    const res = await db.collection(ITEMS).where(page as Where).orderBy('_id', 'asc').limit(1000).field(projection).get<ExportRow>()
    out.push(...res.data)
    if (res.data.length < 1000) break
    after = res.data[res.data.length - 1]._id
  }
  return out
}
