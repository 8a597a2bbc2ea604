import type { RoleGrant } from '@contract/domain/role'
import type { HouseholdMember, HouseholdStatus, PovertyCause } from '@contract/domain/household'

/** Stored shapes shared by several functions. Each function's repo reads and writes these. */
export type { OrgUnitDoc } from './org-units'
export interface PersonDoc {
  _id: string
  name: string
  phoneMasked: string
  phoneHash: string
  phoneEnc?: string
  idMasked?: string
  idHash?: string
  idEnc?: string
  roles: RoleGrant[]
  /** The unit the person belongs to (their village, township or the county). */
  homeUnitId: string
  openid: string | null
  status: 'active' | 'revoked'
  createdAt: Date
  updatedAt: Date
}

export interface AuditDoc {
  _id?: string
  at: Date
  actorId: string | null
  actorOpenid: string
  fn: string
  action: string
  targetType: string
  targetId: string
  summary: string
}

/** A registered household (建档立卡户); see types/domain/household.ts. */
export interface HouseholdDoc {
  _id: string
  headName: string
  idMasked: string
  /** Keyed hash of the head's ID number: the natural key of imports, unique. */
  idHash: string
  idEnc: string
  phoneMasked: string
  phoneHash: string | null
  phoneEnc: string | null
  villageId: string
  groupId: string | null
  /** The village's path (county, township, village), so a scope check needs no extra read. */
  unitPath: string[]
  members: HouseholdMember[]
  mainCause: PovertyCause
  status: HouseholdStatus
  pairingCadreIds: string[]
  createdAt: Date
  updatedAt: Date
}
