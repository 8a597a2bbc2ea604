import type { ActionInput } from '../../../types/api'
import type { RunningCloud } from '../../helpers/local-cloud'
import { addPerson, freshOpenid, ok, randomPhone, FIRST_VILLAGE } from '../org/fixtures'

export { ok, fail } from '../org/fixtures'
export const NOW = '2026-11-20T01:00:00.000Z'

type Register = ActionInput<'org', 'registerDispatchUnit'>
type Person = { _id: string; name: string; roles: Array<{ role: string; unitIds: string[] }> }

/** Registers a 派出单位 as demo-admin and returns its id and the contact's plain phone. */
export async function registerUnit(
  run: RunningCloud,
  fields: Partial<Register> = {},
): Promise<{ id: string; phone: string }> {
  const phone = fields.contactPhone ?? randomPhone()
  const input: Register = {
    name: fields.name ?? `测试单位${phone.slice(-4)}`,
    kind: fields.kind ?? 'provincial',
    contactName: fields.contactName ?? '联络员',
    contactPhone: phone,
  }
  const { id } = await ok<{ id: string }>(run.call('org', 'registerDispatchUnit', input, 'demo-admin'))
  return { id, phone }
}

/** The person holding the contact grant of a 派出单位. */
export function contactPerson(run: RunningCloud, unitId: string): Person | undefined {
  const people = run.cloud.db.find('people', { status: 'active' }) as Person[]
  return people.find((p) => p.roles.some((g) => g.role === 'dispatch_contact' && g.unitIds.includes(unitId)))
}

/** The contact signs in with a bind code the admin issued; returns their openid. */
export async function bindContact(run: RunningCloud, unitId: string): Promise<string> {
  const person = contactPerson(run, unitId)
  if (!person) throw new Error('no contact person')
  const { code } = await ok<{ code: string }>(
    run.call('org', 'issueBindCode', { personId: person._id }, 'demo-admin'),
  )
  const openid = freshOpenid()
  await ok(run.call('org', 'bindWithCode', { code }, openid))
  return openid
}

/** A resident cadre of 瓦店镇's first village sent by the 派出单位 (or by none). */
export async function sentCadre(run: RunningCloud, dispatchUnitId: string | null, name?: string) {
  const cadre = addPerson(run, { name, homeUnitId: FIRST_VILLAGE, openid: freshOpenid() })
  await ok(run.call('org', 'assignDispatchUnit', { personId: cadre.id, dispatchUnitId }, 'demo-admin'))
  return cadre
}
