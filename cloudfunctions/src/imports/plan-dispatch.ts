import { randomBytes } from 'node:crypto'
import type { HandlerContext } from '../shared/context'
import type { Doc } from '../shared/db-types'
import { dispatchUnitsOf, type DispatchUnitDoc } from '../shared/dispatch-units'
import { getUnitsByIds } from '../shared/org-units'
import { encrypt, keyedHash, maskPhone } from '../shared/sensitive'
import type { DispatchRecord } from './parse-dispatch'
import { issueAt } from './table'
import { emptyPlan, type PlanContext, type WritePlan } from './plan-types'

/** A contact to give the 派出单位's grant once the people are written (the phone may be a new person's). */
export interface ContactMove {
  dispatchUnitId: string
  ownerUnitId: string
  /** The phone hash that held the grant before; null for a unit the import creates. */
  formerPhoneHash: string | null
  name: string
  phone: string
}

export interface DispatchPlan {
  plan: WritePlan
  contacts: ContactMove[]
}

/**
 * Rows are matched to the county's active 派出单位 by name: a known unit is updated (kind, contact), a
 * new name is registered. Each unit's id goes into `pc.dispatchUnits`, so the 人员 sheet of the same
 * file can name it. Only a county admin registers 派出单位 (`ownerUnitId` is their county).
 */
export function planDispatchUnits(
  pc: PlanContext,
  records: DispatchRecord[],
  existing: DispatchUnitDoc[],
  ownerUnitId: string | undefined,
): DispatchPlan {
  const out: DispatchPlan = { plan: emptyPlan(), contacts: [] }
  const active = new Map(existing.filter((u) => u.status === 'active').map((u) => [u.name, u]))
  const seen = new Map<string, number>()
  for (const rec of records) {
    if (!ownerUnitId) {
      issueAt(pc.issues, rec.at, '派出单位名称', '只有县级组织部管理员可以导入派出单位')
      continue
    }
    const earlier = seen.get(rec.name)
    if (earlier !== undefined) {
      issueAt(pc.issues, rec.at, '派出单位名称', `同一派出单位已在第 ${earlier} 行填写`)
      continue
    }
    seen.set(rec.name, rec.at.row)
    const phoneHash = keyedHash(rec.contactPhone)
    const contact = { name: rec.contactName, phone: rec.contactPhone }
    const fields: Doc = {
      kind: rec.kind,
      contactName: rec.contactName,
      contactPhoneMasked: maskPhone(rec.contactPhone),
      contactPhoneHash: phoneHash,
      contactPhoneEnc: encrypt(rec.contactPhone),
      updatedAt: pc.now,
    }
    const current = active.get(rec.name)
    if (current) {
      pc.dispatchUnits.set(rec.name, current._id)
      const samePhone = current.contactPhoneHash === phoneHash
      if (current.kind === rec.kind && current.contactName === rec.contactName && samePhone) {
        out.plan.unchanged++
        continue
      }
      out.plan.updates.push({ id: current._id, data: fields })
      if (!samePhone)
        out.contacts.push({
          dispatchUnitId: current._id,
          ownerUnitId: current.ownerUnitId,
          formerPhoneHash: current.contactPhoneHash,
          ...contact,
        })
      continue
    }
    const id = `du-${randomBytes(8).toString('hex')}`
    pc.dispatchUnits.set(rec.name, id)
    out.plan.creates.push({
      _id: id,
      ownerUnitId,
      name: rec.name,
      ...fields,
      contactPersonId: null,
      status: 'active',
      createdAt: pc.now,
    })
    out.contacts.push({ dispatchUnitId: id, ownerUnitId, formerPhoneHash: null, ...contact })
  }
  return out
}

export interface DispatchRegister {
  /** The admin's county, the owner of units the import registers; absent for a prefecture admin. */
  ownerUnitId: string | undefined
  /** The county's 派出单位 (archived too: a name may be registered again once archived). */
  existing: DispatchUnitDoc[]
  /** Active units in the admin's scope by name, for the 人员 sheet. */
  byName: Map<string, string>
}

/** The register as the file needs it; nothing is read when no sheet touches 派出单位. */
export async function loadDispatchRegister(
  ctx: HandlerContext,
  scope: Set<string>,
  needed: boolean,
): Promise<DispatchRegister> {
  if (!needed) return { ownerUnitId: undefined, existing: [], byName: new Map() }
  const units = await getUnitsByIds(ctx.db, [...scope])
  const counties = [...units.values()].filter((u) => u.level === 'county')
  const ownerUnitId = counties.length === 1 ? counties[0]._id : undefined
  const existing = (await Promise.all([...scope].map((id) => dispatchUnitsOf(ctx.db, id)))).flat()
  const byName = new Map(existing.filter((u) => u.status === 'active').map((u) => [u.name, u._id]))
  return { ownerUnitId, existing: existing.filter((u) => u.ownerUnitId === ownerUnitId), byName }
}
