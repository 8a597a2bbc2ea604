import type { RoleGrant } from '../../../types/domain/role'

const at = new Date('2026-01-05T01:00:00.000Z')

/** An active posting in a village's 工作队, as the postings owner stores it. */
export function posting(personId: string, villageId: string, teamRole: 'leader' | 'member') {
  return {
    _id: `po-${personId}`,
    personId,
    personName: personId,
    villageId,
    unitPath: ['u-411302', 'u-411302100', villageId],
    teamRole,
    dispatchUnitId: null,
    batch: '第三批',
    startDay: '2026-01-01',
    plannedEndDay: '2027-12-31',
    status: 'active',
    endedDay: null,
    endKind: null,
    recallReason: null,
    endNote: null,
    successorId: null,
    createdAt: at,
    updatedAt: at,
  }
}

/** A prefecture over its own county, township and village: where a 市 step exists. */
export function cityTree() {
  const unit = (id: string, level: string, path: string[], extra: object = {}) => ({
    _id: id,
    code: id,
    name: id,
    level,
    parentId: path.length > 1 ? path[path.length - 2] : null,
    path,
    createdAt: at,
    updatedAt: at,
    ...extra,
  })
  return [
    unit('u-pf', 'prefecture', ['u-pf']),
    unit('u-pf-c', 'county', ['u-pf', 'u-pf-c']),
    unit('u-pf-t', 'township', ['u-pf', 'u-pf-c', 'u-pf-t']),
    unit('u-pf-v', 'village', ['u-pf', 'u-pf-c', 'u-pf-t', 'u-pf-v'], {
      center: { type: 'Point', coordinates: [110.0, 33.8] },
      radiusM: 500,
      flags: { poor: false, weak: false },
    }),
  ]
}

export function dispatchUnit(id: string, kind: 'city' | 'county', contactPersonId: string | null) {
  return {
    _id: id,
    ownerUnitId: 'u-411302',
    name: kind === 'city' ? '市农业农村局' : '县交通运输局',
    kind,
    contactName: '联络员',
    contactPhoneMasked: '138****0000',
    contactPhoneHash: `h-${id}`,
    contactPhoneEnc: '',
    contactPersonId,
    status: 'active',
    createdAt: at,
    updatedAt: at,
  }
}

/** A bound person whose id and openid are the same, with one role over one unit. */
export function person(id: string, role: RoleGrant['role'], unitId: string, dispatchUnitId?: string) {
  return {
    _id: id,
    name: id,
    phoneMasked: '',
    phoneHash: `h-${id}`,
    roles: [{ role, unitIds: [unitId] }],
    homeUnitId: unitId,
    dispatchUnitId: dispatchUnitId ?? null,
    openid: id,
    status: 'active',
    createdAt: at,
    updatedAt: at,
  }
}
