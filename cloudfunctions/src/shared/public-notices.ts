import type { NoticeCategory } from '@contract/domain/notice'
import type { Database } from './db-types'
import { pageAll } from './paging'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

const NOTICES = 'public_notices'

/** A 公示 of a village or township: written by the notice function, counted on the report's dashboard. */
export interface NoticeDoc {
  _id: string
  /** The village or township the notice is for; villagers of a village also see their township's. */
  unitId: string
  unitName: string
  unitLevel: 'village' | 'township'
  townshipId: string
  countyId: string
  path: string[]
  title: string
  body: string
  category: NoticeCategory
  photos: string[]
  attachments: Array<{ fileID: string; name: string }>
  startDay: string
  endDay: string
  status: 'published' | 'withdrawn'
  withdrawReason: string | null
  objections: number
  authorId: string
  authorName: string
  createdAt: Date
}

export async function getNotice(db: Database, id: string): Promise<NoticeDoc | null> {
  return (await db.collection(NOTICES).doc(id).get<NoticeDoc>()).data
}

export async function addNotice(db: Database, doc: NoticeDoc): Promise<void> {
  await db.collection(NOTICES).add({ data: { ...doc } })
}

export async function updateNotice(db: Database, id: string, data: Partial<NoticeDoc>): Promise<void> {
  await db.collection(NOTICES).doc(id).update({ data })
}

/** Notices for some units (a village and its township), newest first (index unit_start). */
export async function noticesOfUnits(
  db: Database,
  unitIds: readonly string[],
  offset: number,
  limit: number,
): Promise<{ items: NoticeDoc[]; total: number }> {
  const where = { unitId: db.command.in([...unitIds]), status: 'published' }
  const [page, count] = await Promise.all([
    db
      .collection(NOTICES)
      .where(where)
      .orderBy('startDay', 'desc')
      .orderBy('_id', 'desc')
      .skip(offset)
      .limit(limit)
      .get<NoticeDoc>(),
    db.collection(NOTICES).where(where).count(),
  ])
  return { items: page.data, total: count.total }
}

/** Notices whose path meets the caller's scope, newest first. */
export async function noticesInScope(
  db: Database,
  scope: readonly string[],
  offset: number,
  limit: number,
): Promise<{ items: NoticeDoc[]; total: number }> {
  const where = { path: db.command.in([...scope]) }
  const [page, count] = await Promise.all([
    db
      .collection(NOTICES)
      .where(where)
      .orderBy('createdAt', 'desc')
      .skip(offset)
      .limit(limit)
      .get<NoticeDoc>(),
    db.collection(NOTICES).where(where).count(),
  ])
  return { items: page.data, total: count.total }
}

/** One more objection on the notice's count. */
export async function countObjection(db: Database, noticeId: string): Promise<void> {
  await db
    .collection(NOTICES)
    .doc(noticeId)
    .update({ data: { objections: db.command.inc(1) } })
}

export interface WindowNotice {
  unitId: string
  path: string[]
  startDay: string
  objections?: number
}

/**
 * Published notices of a unit whose window has not ended, on the `<level> + status + endDay` indexes
 * (a path match cannot use an index: a county holds thousands of past notices). The caller's window
 * check drops those not yet started.
 */
export async function noticesNotEnded(
  db: Database,
  level: 'county' | 'township' | 'village',
  unitId: string,
  today: string,
): Promise<WindowNotice[]> {
  const key = level === 'village' ? 'unitId' : `${level}Id`
  const all = await pageAll<WindowNotice>(db, NOTICES, {
    [key]: unitId,
    status: 'published',
    endDay: db.command.gte(today),
  })
  return all.filter((n) => n.startDay <= today)
}

/** A person's published notices whose objection window has not ended (index author_end). */
export async function noticesTakingObjections(
  db: Database,
  authorId: string,
  today: string,
): Promise<Array<Pick<NoticeDoc, '_id' | 'title'>>> {
  return pageAll(db, NOTICES, { authorId, status: 'published', endDay: db.command.gte(today) })
}

/**
 * A posting ends: objections to the person's open notices now reach `to`. Only notices still on
 * `authorId` change, so a re-run moves the rest and nothing twice.
 */
export async function handOverNotices(
  db: Database,
  authorId: string,
  to: { id: string; name: string },
  today: string,
): Promise<number> {
  const open = await noticesTakingObjections(db, authorId, today)
  for (const n of open) await updateNotice(db, n._id, { authorId: to.id, authorName: to.name })
  return open.length
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathNoticesUnder(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, NOTICES, 'path', anchor, budget)
}
