import { AppError } from '@contract/errors'
import type { OrgLevel } from '@contract/domain/org-unit'
import { ATTACH_STEPS, type AttachStep } from '@contract/domain/county-attach'
import type { Database, Doc } from './db-types'
import { findByKeys, insertAll, pageAll, updateAll } from './paging'
import { repathField, type RepathBatch } from './repath'
import type { TreeUnit } from './org-tree'

/**
 * The one owner of `org_units`: the org tree every function reads (and org and imports write). Where a
 * unit sits (its county, township, prefecture) is read off its path in `org-tree.ts`; what lies under a
 * unit is read here, page after page, so a prefecture or a large county is never cut at 1,000.
 */
const UNITS = 'org_units'

export interface OrgUnitDoc {
  _id: string
  code: string
  name: string
  level: OrgLevel
  parentId: string | null
  path: string[]
  center?: { type: 'Point'; coordinates: [number, number] }
  radiusM?: number
  flags?: { poor: boolean; weak: boolean }
  /** A county placed under a 州/市: which parts of re-pathing are done (types/domain/county-attach.ts). */
  attach?: { at: Date; done: Partial<Record<AttachStep, boolean>> }
  createdAt: Date
  updatedAt: Date
}

export async function unitById(db: Database, id: string): Promise<OrgUnitDoc | null> {
  return (await db.collection(UNITS).doc(id).get<OrgUnitDoc>()).data
}

/**
 * A record's place as a path for scope checks: its village's stored path (which holds a 州/市 above the
 * county), else the ids the record carries.
 */
export async function placePath(db: Database, villageId: string, carried: string[]): Promise<string[]> {
  return (await unitById(db, villageId))?.path ?? carried
}

/** The unit, or not-found. */
export async function loadUnit(db: Database, id: string, missing = '未找到该单位'): Promise<OrgUnitDoc> {
  const unit = await unitById(db, id)
  if (!unit) throw new AppError('not-found', missing)
  return unit
}

/** Org units by id, keyed for lookups: one document read for one id, else `in` reads of 500 ids. */
export async function getUnitsByIds(db: Database, ids: readonly string[]): Promise<Map<string, OrgUnitDoc>> {
  const unique = [...new Set(ids)].filter(Boolean)
  const map = new Map<string, OrgUnitDoc>()
  if (unique.length === 1) {
    // One id: a document read, much cheaper in the SDK than an `in` query.
    const one = await unitById(db, unique[0])
    if (one) map.set(one._id, one)
    return map
  }
  for (const doc of await findByKeys<OrgUnitDoc>(db, UNITS, '_id', unique)) map.set(doc._id, doc)
  return map
}

export async function unitsByCodes(db: Database, codes: readonly string[]): Promise<OrgUnitDoc[]> {
  return findByKeys<OrgUnitDoc>(db, UNITS, 'code', codes)
}

export async function unitByCode(db: Database, code: string): Promise<OrgUnitDoc | null> {
  const res = await db.collection(UNITS).where({ code }).limit(1).get<OrgUnitDoc>()
  return res.data[0] ?? null
}

/** Every unit of a level in the database (the public notice board's pickers, the daily jobs' counties). */
export async function unitsByLevel(db: Database, level: OrgLevel): Promise<OrgUnitDoc[]> {
  return pageAll<OrgUnitDoc>(db, UNITS, { level }, 'code')
}

const RANK: Record<OrgLevel, number> = { prefecture: 0, county: 1, township: 2, village: 3, group: 4 }
const byCode = (a: OrgUnitDoc, b: OrgUnitDoc) => a.code.localeCompare(b.code)

/**
 * Units of a level at or under the given units, in code order. It walks down the parent index one
 * level a read, so it examines only the units between (a county's villages cost its townships and
 * villages, never the groups a path query would also match), and pages each level past 1,000.
 */
export async function unitsUnderUnits(
  db: Database,
  roots: readonly OrgUnitDoc[],
  level: OrgLevel,
): Promise<OrgUnitDoc[]> {
  const found = new Map<string, OrgUnitDoc>()
  let frontier: OrgUnitDoc[] = []
  for (const r of roots) {
    if (r.level === level) found.set(r._id, r)
    else if (RANK[r.level] < RANK[level]) frontier.push(r)
  }
  while (frontier.length > 0) {
    const children = await childrenOf(
      db,
      frontier.map((u) => u._id),
    )
    frontier = []
    for (const c of children) {
      if (c.level === level) found.set(c._id, c)
      else if (RANK[c.level] < RANK[level]) frontier.push(c)
    }
  }
  return [...found.values()].sort(byCode)
}

/** Units of a level at or under the units with these ids (a root of that level is itself), in code order. */
export async function unitsUnder(
  db: Database,
  rootIds: readonly string[],
  level: OrgLevel,
): Promise<OrgUnitDoc[]> {
  if (rootIds.length === 0) return []
  return unitsUnderUnits(db, [...(await getUnitsByIds(db, rootIds)).values()], level)
}

/** Villages at or under the units with these ids (a village root is itself), in code order; never groups. */
export async function villagesUnder(db: Database, rootIds: readonly string[]): Promise<OrgUnitDoc[]> {
  return unitsUnder(db, rootIds, 'village')
}

/** The unit itself and every unit below it, of any level (a county has ~1,200). */
export async function unitIdsUnder(db: Database, unitId: string): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += 1000) {
    const res = await db
      .collection(UNITS)
      .where({ path: unitId })
      .field({ _id: true })
      .orderBy('_id', 'asc')
      .skip(offset)
      .limit(1000)
      .get<{ _id: string }>()
    ids.push(...res.data.map((u) => u._id))
    if (res.data.length < 1000) return ids
  }
}

export async function countUnitsUnder(
  db: Database,
  rootIds: readonly string[],
  level: OrgLevel,
): Promise<number> {
  if (rootIds.length === 0) return 0
  return (
    await db
      .collection(UNITS)
      .where({ path: db.command.in([...rootIds]), level })
      .count()
  ).total
}

/** Direct children of the units (through the parent index, 500 parents a query), in code order. */
export async function childrenOf(db: Database, parentIds: readonly string[]): Promise<OrgUnitDoc[]> {
  const unique = [...new Set(parentIds)]
  const out: OrgUnitDoc[] = []
  for (let i = 0; i < unique.length; i += 500) {
    out.push(...(await pageAll<OrgUnitDoc>(db, UNITS, { parentId: db.command.in(unique.slice(i, i + 500)) })))
  }
  return out.sort(byCode)
}

export async function countChildren(db: Database, parentId: string): Promise<number> {
  return (await db.collection(UNITS).where({ parentId }).count()).total
}

/** Village settings: the 党群服务中心 point (GeoJSON, as the seed stores it), radius and flags. */
export async function updateVillageSettings(
  db: Database,
  unitId: string,
  data: Pick<OrgUnitDoc, 'center' | 'radiusM' | 'flags'>,
  now: Date,
): Promise<void> {
  const patch: Doc = { updatedAt: now }
  if (data.center) patch.center = data.center
  if (data.radiusM !== undefined) patch.radiusM = data.radiusM
  if (data.flags) patch.flags = data.flags
  await db.collection(UNITS).doc(unitId).update({ data: patch })
}

/** Puts a top-level unit under a parent (its path gains the parent's); answers the unit as placed. */
export async function placeUnit(
  db: Database,
  unit: OrgUnitDoc,
  parent: OrgUnitDoc,
  now: Date,
): Promise<OrgUnitDoc> {
  const path = [...parent.path, unit._id]
  // Every part of re-pathing starts not done; each marks itself (markAttachStep) when it finishes.
  const attach = { at: now, done: Object.fromEntries(ATTACH_STEPS.map((s) => [s, false])) }
  await db
    .collection(UNITS)
    .doc(unit._id)
    .update({ data: { parentId: parent._id, path, attach: db.command.set(attach), updatedAt: now } })
  return { ...unit, parentId: parent._id, path, attach, updatedAt: now }
}

/** Records whether one part of re-pathing a placed county is finished (the attach page shows it). */
export async function markAttachStep(db: Database, countyId: string, step: AttachStep, done: boolean) {
  await db
    .collection(UNITS)
    .doc(countyId)
    .update({ data: { [`attach.done.${step}`]: done } })
}

/** An import's unit writes (new units first: people and households point at them). */
export async function writeUnits(
  db: Database,
  w: { creates: Doc[]; updates: Array<{ id: string; data: Doc }> },
): Promise<void> {
  await insertAll(db, UNITS, w.creates)
  await updateAll(db, UNITS, w.updates)
}

/**
 * A village's check-in point as { lat, lng }. Stored as GeoJSON, but wx-server-sdk hands geo fields
 * back as its own Point objects (`longitude`/`latitude`), so both shapes are read.
 */
export function unitCenter(unit: Pick<OrgUnitDoc, 'center'>): { lat: number; lng: number } | undefined {
  const c = unit.center as unknown
  if (!c || typeof c !== 'object') return undefined
  const o = c as { coordinates?: unknown; longitude?: unknown; latitude?: unknown }
  if (Array.isArray(o.coordinates) && o.coordinates.length >= 2)
    return { lng: Number(o.coordinates[0]), lat: Number(o.coordinates[1]) }
  if (typeof o.longitude === 'number' && typeof o.latitude === 'number')
    return { lng: o.longitude, lat: o.latitude }
  return undefined
}

/** Records under a county that gained ancestors get them in their `path` (shared/repath.ts). */
export function repathUnitsUnder(db: Database, anchor: TreeUnit, budget: number): Promise<RepathBatch> {
  return repathField(db, UNITS, 'path', anchor, budget)
}
