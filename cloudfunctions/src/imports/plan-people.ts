import { randomBytes } from 'node:crypto'
import { ORG_LEVEL_LABELS, type OrgLevel } from '@contract/domain/org-unit'
import { ROLE_LABELS, type Role, type RoleGrant } from '@contract/domain/role'
import type { Doc } from '../shared/db-types'
import type { PersonDoc } from '../shared/docs'
import { pathInScope } from '../shared/auth'
import { encrypt, keyedHash, maskIdNumber, maskPhone } from '../shared/sensitive'
import type { PersonRecord } from './parse-rows'
import { issueAt } from './table'
import { emptyPlan, same, type PlanContext, type UnitRef, type WritePlan } from './plan-types'

/** Where each role's scope may sit: a pairing cadre covers a village, a supervisor a 州/市, a county or townships. */
const SCOPE_LEVELS: Record<Role, readonly OrgLevel[]> = {
  admin: ['prefecture', 'county'],
  supervisor: ['prefecture', 'county', 'township'],
  township_leader: ['township'],
  resident_cadre: ['village'],
  village_cadre: ['village'],
  pairing_cadre: ['village'],
  dispatch_contact: [],
}
const HOME_LEVELS: readonly OrgLevel[] = ['prefecture', 'county', 'township', 'village']

interface Person {
  first: PersonRecord
  homeUnitId: string
  grants: RoleGrant[]
  /** Set when a row names the person's 派出单位. */
  dispatchUnitId?: string
}

function resolveRow(pc: PlanContext, rec: PersonRecord, units: Map<string, UnitRef>): RoleGrant | undefined {
  const home = units.get(rec.homeCode)
  if (!home || !HOME_LEVELS.includes(home.level))
    return void issueAt(
      pc.issues,
      rec.at,
      '所属单位编码',
      `单位编码 ${rec.homeCode} 不存在或不是县、乡镇、村`,
    )
  if (!pathInScope(home.path, pc.scope))
    return void issueAt(pc.issues, rec.at, '所属单位编码', '该单位不在您的管辖范围内')
  const unitIds: string[] = []
  for (const code of rec.scopeCodes) {
    const unit = units.get(code)
    if (!unit) return void issueAt(pc.issues, rec.at, '负责单位编码', `单位编码 ${code} 不存在`)
    if (!SCOPE_LEVELS[rec.role].includes(unit.level))
      return void issueAt(
        pc.issues,
        rec.at,
        '负责单位编码',
        `「${ROLE_LABELS[rec.role]}」的负责单位应为${SCOPE_LEVELS[rec.role].map((l) => ORG_LEVEL_LABELS[l]).join('或')}，${code} 不是`,
      )
    if (!pathInScope(unit.path, pc.scope))
      return void issueAt(pc.issues, rec.at, '负责单位编码', `单位 ${code} 不在您的管辖范围内`)
    unitIds.push(unit.id)
  }
  return { role: rec.role, unitIds, ...(rec.post ? { post: rec.post } : {}) }
}

/** Rows with the same phone are one person with several roles; the phone is the natural key. */
function groupRows(
  pc: PlanContext,
  records: PersonRecord[],
  units: Map<string, UnitRef>,
): Map<string, Person> {
  const people = new Map<string, Person>()
  for (const rec of records) {
    const person = people.get(rec.phone)
    if (person && person.first.name !== rec.name) {
      issueAt(
        pc.issues,
        rec.at,
        '姓名',
        `同一手机号在第 ${person.first.at.row} 行的姓名是「${person.first.name}」`,
      )
      continue
    }
    if (person && person.first.homeCode !== rec.homeCode) {
      issueAt(
        pc.issues,
        rec.at,
        '所属单位编码',
        `同一人在第 ${person.first.at.row} 行的所属单位是 ${person.first.homeCode}`,
      )
      continue
    }
    const dispatchUnitId = rec.dispatchUnit ? pc.dispatchUnits.get(rec.dispatchUnit) : undefined
    if (rec.dispatchUnit && !dispatchUnitId) {
      issueAt(
        pc.issues,
        rec.at,
        '派出单位',
        `派出单位「${rec.dispatchUnit}」未登记或已归档，请先在“派出单位”中登记`,
      )
      continue
    }
    const grant = resolveRow(pc, rec, units)
    if (!grant) continue
    const target = person ?? { first: rec, homeUnitId: units.get(rec.homeCode)!.id, grants: [] }
    if (dispatchUnitId) target.dispatchUnitId = dispatchUnitId
    people.set(rec.phone, target)
    const twin = target.grants.find((g) => g.role === grant.role && g.post === grant.post)
    if (twin) twin.unitIds = [...new Set([...twin.unitIds, ...grant.unitIds])]
    else target.grants.push(grant)
  }
  return people
}

/**
 * `personByPhone` gains the id of every person of the file, so households can name their pairing
 * cadres by phone in the same import.
 */
export function planPeople(
  pc: PlanContext,
  records: PersonRecord[],
  units: Map<string, UnitRef>,
  existing: Map<string, PersonDoc>,
  personByPhone: Map<string, string>,
): WritePlan {
  const plan = emptyPlan()
  for (const [phone, p] of groupRows(pc, records, units)) {
    const phoneHash = keyedHash(phone)
    const id = p.first.idNumber
    const current = existing.get(phoneHash)
    // A 派出单位 contact's grant comes from the register, not the sheet: an import keeps it.
    const kept = current ? current.roles.filter((g) => g.role === 'dispatch_contact') : []
    const fields: Doc = { name: p.first.name, homeUnitId: p.homeUnitId, roles: [...p.grants, ...kept] }
    if (id) fields.idHash = keyedHash(id)
    if (p.dispatchUnitId) fields.dispatchUnitId = p.dispatchUnitId
    if (current) {
      personByPhone.set(phone, current._id)
      const before: Doc = { name: current.name, homeUnitId: current.homeUnitId, roles: current.roles }
      if (id) before.idHash = current.idHash
      if (p.dispatchUnitId) before.dispatchUnitId = current.dispatchUnitId ?? null
      if (same(before, fields)) plan.unchanged++
      else
        plan.updates.push({
          id: current._id,
          data: {
            ...fields,
            ...(id ? { idMasked: maskIdNumber(id), idEnc: encrypt(id) } : {}),
            updatedAt: pc.now,
          },
        })
      continue
    }
    const newId = `p-${randomBytes(8).toString('hex')}`
    personByPhone.set(phone, newId)
    plan.creates.push({
      _id: newId,
      ...fields,
      phoneMasked: maskPhone(phone),
      phoneHash,
      phoneEnc: encrypt(phone),
      ...(id ? { idMasked: maskIdNumber(id), idEnc: encrypt(id) } : {}),
      openid: null,
      status: 'active',
      createdAt: pc.now,
      updatedAt: pc.now,
    })
  }
  return plan
}
