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

/** A decided leave of a cadre of 瓦店镇's first village, straight into the database. */
export function storeLeave(
  run: RunningCloud,
  personId: string,
  fields: { type: string; startDay: string; endDay: string; status?: string },
): string {
  const _id = `lv-${personId}-${fields.startDay}`
  const days = Math.round((Date.parse(fields.endDay) - Date.parse(fields.startDay)) / 86_400_000) + 1
  run.cloud.db.insertMany('presence_leaves', [
    {
      _id,
      personId,
      personName: '请假人',
      villageId: FIRST_VILLAGE,
      villageName: '曹徐屯村',
      townshipId: 'u-411302100',
      countyId: 'u-411302',
      type: fields.type,
      startDay: fields.startDay,
      endDay: fields.endDay,
      days,
      reason: '家中有事',
      status: fields.status ?? 'approved',
      approverLevel: 'township',
      approverUnitId: 'u-411302100',
      comment: null,
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      returnedDay: null,
      createdAt: new Date(NOW),
    },
  ])
  return _id
}
