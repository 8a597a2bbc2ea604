/** Stored shapes shared by several functions. Each function's repo reads and writes these. */
export type { OrgUnitDoc } from './org-units'
export type { PersonDoc } from './people'
export type { HouseholdDoc } from './households'

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
