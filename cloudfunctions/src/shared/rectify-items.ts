import type { PhotoLocation, RectCategory, RectSource, RectState } from '@contract/domain/rectification'
import type { RectFinding } from '@contract/domain/rectification-evidence-rules'
import type { Database, Where } from './db-types'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/** A photo as stored: the server's receipt time counts; the phone's time and place are kept as told. */
export interface StoredPhoto {
  fileID: string
  at: Date
  deviceAt: Date | null
  location: PhotoLocation | null
  nearestM: number | null
  far: boolean
  /** Server time the file was registered after upload, and by whom (absent on photos kept before uploads were recorded). */
  uploadedAt?: Date | null
  uploaderName?: string | null
}

/** A document showing the fix (minutes, accounts), received at the server's time. */
export interface StoredFile {
  fileID: string
  at: Date
  name: string | null
}

/** The reviewer's written on-site confirmation, in place of photos for a document or conduct problem. */
export interface SiteConfirmation {
  text: string
  byId: string
  byName: string
  at: Date
}

/**
 * One line of the item's own history as the ledger's 进展 column prints it ("2026-03-02 派发 张三：…").
 * Kept on the item as plain text so a 2,000-row export reads no events and converts no dates.
 */
export type TrailLine = string

export interface RectItemDoc {
  _id: string
  source: RectSource
  category: RectCategory
  countyId: string
  townshipId: string
  villageId: string
  /** Ancestors then the village: a scope check is one membership test. */
  path: string[]
  villageName: string
  townshipName: string
  problem: string
  target: string
  measures: string
  responsibleUnit: string
  responsiblePersonId: string
  responsibleName: string
  deadline: string
  deadlineAt: Date
  /** The deadline first agreed; set when an extension moves it. */
  originalDeadline: string | null
  state: RectState
  version: number
  registeredById: string
  registeredByName: string
  registeredAt: Date
  dispatchedAt: Date | null
  signDueAt: Date | null
  signedAt: Date | null
  beforePhotos: StoredPhoto[]
  afterPhotos: StoredPhoto[]
  afterFar: boolean
  /** Absent on items registered before it was asked: they were found on site. */
  foundIn?: RectFinding
  afterFiles?: StoredFile[]
  siteConfirmation?: SiteConfirmation | null
  closeDescription: string | null
  extensionRequest: { deadline: string; reason: string; at: Date } | null
  disputeReason: string | null
  reviewerId: string | null
  reviewerName: string | null
  reviewComment: string | null
  closedAt: Date | null
  withdrawReason: string | null
  /** Set once by the daily job when the item first goes overdue (one strike per item). */
  overdueStruck: boolean
  trail: TrailLine[]
  updatedAt: Date
}

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

export async function pageItems(
  db: Database,
  where: Where | unknown,
  sort: { field: keyof RectItemDoc; order: 'asc' | 'desc' },
  page: Page,
): Promise<{ items: RectItemDoc[]; total: number }> {
  const query = db.collection(ITEMS).where(where as Where)
  const [total, res] = await Promise.all([
    query.count(),
    query
      .orderBy(sort.field, sort.order)
      .orderBy('_id', 'asc')
      .skip(page.offset)
      .limit(page.limit)
      .get<RectItemDoc>(),
  ])
  return { items: res.data, total: total.total }
}

/** Every item matching, 1,000 per read (the server SDK's cap), for exports and timer jobs. */
export async function allItems(
  db: Database,
  where: Where | unknown,
  sortField: keyof RectItemDoc = 'registeredAt',
  max = 20_000,
): Promise<RectItemDoc[]> {
  const out: RectItemDoc[] = []
  const query = db.collection(ITEMS).where(where as Where)
  const total = Math.min((await query.count()).total, max)
  const reads: Array<Promise<RectItemDoc[]>> = []
  for (let skip = 0; skip < total; skip += 1000) {
    reads.push(
      query
        .orderBy(sortField, 'asc')
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(1000)
        .get<RectItemDoc>()
        .then((r) => r.data),
    )
  }
  for (const chunk of await Promise.all(reads)) out.push(...chunk)
  return out
}

/** The village of an item, or null when there is none (a document read: the SDK throws on a missing id). */
export async function itemVillageId(db: Database, id: string): Promise<string | null> {
  const item = await db
    .collection(ITEMS)
    .doc(id)
    .get<Pick<RectItemDoc, 'villageId'>>()
    .then(
      (r) => r.data,
      () => null,
    )
  return item?.villageId ?? null
}

/** Stored dates come back as Dates from the server SDK and as strings from some paths; either reads as a Date. */
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value))
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathRectifyItemsUnder(
  db: Database,
  anchor: TreeUnit,
  budget: number,
): Promise<RepathBatch> {
  return repathField(db, ITEMS, 'path', anchor, budget)
}
