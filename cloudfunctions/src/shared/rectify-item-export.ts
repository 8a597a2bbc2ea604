import type { Database, Where } from './db-types'
import {
  ITEMS,
  type RectItemDoc,
  type SiteConfirmation,
  type StoredFile,
  type StoredPhoto,
} from './rectify-items'

/** What an export row needs; photos by file only, so the read stays small. */
export type ExportRow = Pick<
  RectItemDoc,
  | '_id'
  | 'source'
  | 'townshipName'
  | 'villageName'
  | 'problem'
  | 'measures'
  | 'responsibleUnit'
  | 'responsibleName'
  | 'deadline'
  | 'originalDeadline'
  | 'state'
  | 'trail'
  | 'closedAt'
  | 'reviewerName'
  | 'registeredAt'
> & {
  beforePhotos: Array<Pick<StoredPhoto, 'fileID'>>
  afterPhotos: Array<Pick<StoredPhoto, 'fileID' | 'far'>>
  afterFiles?: Array<Pick<StoredFile, 'fileID'>>
  siteConfirmation?: Pick<SiteConfirmation, 'text' | 'byName' | 'at'> | null
}

const EXPORT_FIELDS = [
  'source',
  'townshipName',
  'villageName',
  'problem',
  'measures',
  'responsibleUnit',
  'responsibleName',
  'deadline',
  'originalDeadline',
  'state',
  'trail',
  'closedAt',
  'reviewerName',
  'registeredAt',
  'beforePhotos.fileID',
  'afterPhotos.fileID',
  'afterPhotos.far',
  'afterFiles.fileID',
  'siteConfirmation',
]

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
    const res = await db
      .collection(ITEMS)
      .where(page as Where)
      .orderBy('_id', 'asc')
      .limit(1000)
      .field(projection)
      .get<ExportRow>()
    out.push(...res.data)
    if (res.data.length < 1000) break
    after = res.data[res.data.length - 1]._id
  }
  return out
}
