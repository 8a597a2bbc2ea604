import { randomBytes } from 'node:crypto'
import { MAX_HOUSEHOLD_MEMBERS, type HouseholdMember } from '@contract/domain/household'
import type { Doc } from '../shared/db-types'
import type { HouseholdDoc } from '../shared/docs'
import { pathInScope } from '../shared/auth'
import { encrypt, keyedHash, maskIdNumber, maskPhone } from '../shared/sensitive'
import type { HouseholdRecord, MemberRecord } from './parse-households'
import { issueAt } from './table'
import { emptyPlan, same, type PlanContext, type UnitRef, type WritePlan } from './plan-types'

export interface HouseholdInputs {
  households: HouseholdRecord[]
  members: MemberRecord[]
  /** ID numbers of household rows that had issues: their member rows cannot be placed either. */
  invalidHeadIds: Set<string>
}

function resolve(
  pc: PlanContext,
  rec: HouseholdRecord,
  units: Map<string, UnitRef>,
  personByPhone: Map<string, string>,
): Doc | undefined {
  const village = units.get(rec.villageCode)
  if (!village || village.level !== 'village')
    return void issueAt(pc.issues, rec.at, '村编码', `村编码 ${rec.villageCode} 不存在`)
  if (!pathInScope(village.path, pc.scope))
    return void issueAt(pc.issues, rec.at, '村编码', '该村不在您的管辖范围内')
  let groupId: string | null = null
  if (rec.groupCode) {
    const group = units.get(rec.groupCode)
    if (!group || group.level !== 'group' || group.parentId !== village.id)
      return void issueAt(pc.issues, rec.at, '村民小组编码', `村民小组 ${rec.groupCode} 不存在或不属于该村`)
    groupId = group.id
  }
  const pairingCadreIds: string[] = []
  for (const phone of rec.pairingPhones) {
    const id = personByPhone.get(phone)
    if (!id)
      return void issueAt(
        pc.issues,
        rec.at,
        '帮扶责任人手机号',
        `手机号 ${phone} 未登记为人员（可在「人员」表中一并导入）`,
      )
    pairingCadreIds.push(id)
  }
  return {
    headName: rec.headName,
    phoneHash: rec.phone ? keyedHash(rec.phone) : null,
    villageId: village.id,
    groupId,
    unitPath: village.path,
    kind: rec.kind,
    monitorType: rec.monitorType,
    mainCause: rec.mainCause,
    pairingCadreIds,
  }
}

function membersByHead(
  pc: PlanContext,
  input: HouseholdInputs,
  known: Set<string>,
): Map<string, HouseholdMember[]> {
  const out = new Map<string, HouseholdMember[]>()
  for (const m of input.members) {
    if (input.invalidHeadIds.has(m.headId)) {
      issueAt(pc.issues, m.at, '户主身份证号', '该户在「农户」表中的行有误，成员未导入')
      continue
    }
    if (!known.has(m.headId)) {
      issueAt(pc.issues, m.at, '户主身份证号', '未找到该户主身份证号对应的农户')
      continue
    }
    const list = out.get(m.headId) ?? []
    if (list.length >= MAX_HOUSEHOLD_MEMBERS) {
      issueAt(pc.issues, m.at, '户主身份证号', `每户最多 ${MAX_HOUSEHOLD_MEMBERS} 名成员`)
      continue
    }
    list.push(m.member)
    out.set(m.headId, list)
  }
  return out
}

/** Natural key: the head's ID number (its keyed hash). Member rows replace a household's members. */
export function planHouseholds(
  pc: PlanContext,
  input: HouseholdInputs,
  units: Map<string, UnitRef>,
  personByPhone: Map<string, string>,
  existing: Map<string, HouseholdDoc>,
): { plan: WritePlan; members: { create: number; update: number; unchanged: number } } {
  const plan = emptyPlan()
  const seen = new Map<string, number>()
  const planned = new Map<string, { fields: Doc; phone: string }>()
  for (const rec of input.households) {
    const first = seen.get(rec.idNumber)
    if (first !== undefined) {
      issueAt(pc.issues, rec.at, '户主身份证号', `与第 ${first} 行的户主身份证号重复`)
      input.invalidHeadIds.add(rec.idNumber)
      continue
    }
    seen.set(rec.idNumber, rec.at.row)
    const fields = resolve(pc, rec, units, personByPhone)
    if (!fields) {
      input.invalidHeadIds.add(rec.idNumber)
      continue
    }
    planned.set(rec.idNumber, { fields, phone: rec.phone })
  }
  const existingIds = [...input.members.map((m) => m.headId)].filter((id) => existing.has(keyedHash(id)))
  const members = membersByHead(pc, input, new Set([...planned.keys(), ...existingIds]))
  const memberCounts = { create: 0, update: 0, unchanged: 0 }
  for (const [idNumber, { fields, phone }] of planned) {
    const current = existing.get(keyedHash(idNumber))
    const own = members.get(idNumber)
    if (!current) {
      memberCounts.create += own?.length ?? 0
      plan.creates.push({
        _id: `h-${randomBytes(8).toString('hex')}`,
        ...fields,
        members: own ?? [],
        // 脱贫户 and 脱贫不稳定户 were on the 建档立卡 record as lifted by 2020; others never were.
        registeredStatus: fields.mainCause ? 'lifted' : null,
        idHash: keyedHash(idNumber),
        idMasked: maskIdNumber(idNumber),
        idEnc: encrypt(idNumber),
        phoneMasked: phone ? maskPhone(phone) : '',
        phoneEnc: phone ? encrypt(phone) : null,
        createdAt: pc.now,
        updatedAt: pc.now,
      })
      continue
    }
    diff(
      plan,
      current,
      { ...fields, ...(own ? { members: own } : {}) },
      phone,
      memberCounts,
      own?.length ?? 0,
      pc.now,
    )
  }
  // Member rows of households already imported earlier and not in this file.
  for (const [idNumber, own] of members) {
    const current = existing.get(keyedHash(idNumber))
    if (planned.has(idNumber) || !current) continue
    diff(plan, current, { members: own }, null, memberCounts, own.length, pc.now)
  }
  return { plan, members: memberCounts }
}

/** `phone` is null for a members-only change, which does not count as a household row. */
function diff(
  plan: WritePlan,
  current: HouseholdDoc,
  fields: Doc,
  phone: string | null,
  counts: { update: number; unchanged: number },
  memberRows: number,
  now: Date,
): void {
  const before: Doc = {}
  for (const key of Object.keys(fields)) before[key] = (current as unknown as Doc)[key]
  const membersChanged = 'members' in fields && !same(current.members, fields.members)
  if (membersChanged) counts.update += memberRows
  else counts.unchanged += memberRows
  if (same(before, fields)) {
    if (phone !== null) plan.unchanged++
    return
  }
  const data: Doc = { ...fields, updatedAt: now }
  if (phone !== null && fields.phoneHash !== current.phoneHash) {
    Object.assign(data, {
      phoneMasked: phone ? maskPhone(phone) : '',
      phoneEnc: phone ? encrypt(phone) : null,
    })
  }
  plan.updates.push({ id: current._id, data })
}
