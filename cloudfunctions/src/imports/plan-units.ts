import type { OrgLevel } from '@contract/domain/org-unit'
import type { Doc } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { pathInScope } from '../shared/auth'
import { unitCenter } from '../shared/org-units'
import type { UnitRecord } from './parse-rows'
import { issueAt } from './table'
import { emptyPlan, same, type PlanContext, type UnitRef, type WritePlan } from './plan-types'

// A county's parent is a 州/市: only its admin (whose scope holds it) may add counties beneath it.
const PARENT_LEVEL: Record<UnitRecord['level'], OrgLevel> = {
  county: 'prefecture',
  township: 'county',
  village: 'township',
  group: 'village',
}
const RANK: Record<UnitRecord['level'], number> = { county: -1, township: 0, village: 1, group: 2 }

export function refOf(u: OrgUnitDoc): UnitRef {
  return { id: u._id, code: u.code, level: u.level, path: u.path, parentId: u.parentId }
}

const PARENT_RULE: Record<UnitRecord['level'], string> = {
  county: '区县的上级应为州/市',
  township: '乡镇的上级应为县',
  village: '村的上级应为乡镇',
  group: '村民小组的上级应为村',
}

/** What a row says about a unit, in a form comparable with what is stored. */
function fieldsOf(rec: UnitRecord): Doc {
  return rec.level === 'village'
    ? { name: rec.name, center: rec.center, radiusM: rec.radiusM, flags: rec.flags }
    : { name: rec.name }
}

/** Stored as GeoJSON (lng first), like the seed, so geo queries work on every unit alike. */
function toStored(fields: Doc): Doc {
  const center = fields.center as { lat: number; lng: number } | undefined
  return center ? { ...fields, center: { type: 'Point', coordinates: [center.lng, center.lat] } } : fields
}

/**
 * Parents first (townships, then villages, then groups), so a village may name a township from the
 * same file. `known` maps codes to units, from the database and then from this file.
 */
export function planUnits(
  pc: PlanContext,
  records: UnitRecord[],
  existing: Map<string, OrgUnitDoc>,
  known: Map<string, UnitRef>,
): WritePlan {
  const plan = emptyPlan()
  const seen = new Map<string, number>()
  const sorted = [...records].sort((a, b) => RANK[a.level] - RANK[b.level] || a.at.row - b.at.row)
  for (const rec of sorted) {
    const first = seen.get(rec.code)
    if (first !== undefined) {
      issueAt(pc.issues, rec.at, '编码', `与第 ${first} 行的编码重复`)
      continue
    }
    seen.set(rec.code, rec.at.row)
    const parent = known.get(rec.parentCode)
    if (!parent) {
      issueAt(
        pc.issues,
        rec.at,
        '上级编码',
        `上级编码 ${rec.parentCode} 不存在（须已导入或在本表中正确填写）`,
      )
      continue
    }
    if (parent.level !== PARENT_LEVEL[rec.level]) {
      issueAt(pc.issues, rec.at, '上级编码', `上级单位层级不符：${PARENT_RULE[rec.level]}`)
      continue
    }
    if (!pathInScope(parent.path, pc.scope)) {
      issueAt(pc.issues, rec.at, '上级编码', '上级单位不在您的管辖范围内')
      continue
    }
    const fields = fieldsOf(rec)
    const current = existing.get(rec.code)
    if (current) {
      if (current.level !== rec.level || current.parentId !== parent.id) {
        issueAt(pc.issues, rec.at, '编码', '该编码已存在，但层级或上级不同（导入不能移动单位）')
        continue
      }
      const before: Doc = { name: current.name }
      if (rec.level === 'village')
        Object.assign(before, { center: unitCenter(current), radiusM: current.radiusM, flags: current.flags })
      if (same(before, fields)) plan.unchanged++
      else plan.updates.push({ id: current._id, data: { ...toStored(fields), updatedAt: pc.now } })
      continue
    }
    const id = `u-${rec.code}`
    const path = [...parent.path, id]
    plan.creates.push({
      _id: id,
      code: rec.code,
      level: rec.level,
      parentId: parent.id,
      path,
      ...toStored(fields),
      createdAt: pc.now,
      updatedAt: pc.now,
    })
    known.set(rec.code, { id, code: rec.code, level: rec.level, path, parentId: parent.id })
  }
  return plan
}
