import type { VisitForm, RiskKey } from '@contract/domain/visit-form'

export interface Location {
  lat: number
  lng: number
  accuracy: number
}

/** One visit: its current form; every version, the first included, is also in `visit_versions`. */
export interface VisitDoc {
  _id: string
  clientId: string
  householdId: string
  /** Denormalized so lists and exports need no household read per row. */
  headName: string
  villageId: string
  villageName: string
  townshipId: string
  countyId: string
  /** The village's path: a scope check needs no extra read. */
  path: string[]
  /** Pairing cadres of the household when visited: they see its visits. */
  pairingCadreIds: string[]
  authorId: string
  authorName: string
  period: string
  month: string
  startedAt: Date
  endedAt: Date
  receivedAt: Date
  syncedLate: boolean
  /** Set once coverage and stats were bumped; a resend finishes the count if it is still false. */
  counted: boolean
  startLocation: Location | null
  endLocation: Location | null
  formVersion: number
  form: VisitForm
  version: number
  status: 'submitted' | 'returned'
  photoCount: number
  /** Sparse by index until every photo arrived. */
  photos: Array<{ index: number; fileID: string; at: Date }>
  shared: boolean
  sharedAt: Date | null
  reviews: Array<{ at: Date; byId: string; byName: string; kind: 'comment' | 'return'; comment: string }>
  /** History only: risks once turned into rectification items (before 2026); nothing adds to it now. */
  followUps: Array<{ risk: RiskKey; itemId: string; at: Date; byId: string }>
  /** The 监测识别 case this visit started or joined (form.startMonitoring), if any. */
  monitorCaseId?: string | null
  updatedAt: Date
}

export interface VisitVersionDoc {
  _id: string
  visitId: string
  version: number
  form: VisitForm
  formVersion: number
  at: Date
  byId: string
  byName: string
  /** Empty for the first version; a correction must give one. */
  reason: string
  clientId: string
}

export type { CoverageDoc } from '../shared/visit-coverage'

/** Per village household counts, so coverage percentages need no scan of households. */
export type { VisitPolicyDoc as PolicyDoc } from '../shared/visit-policy'

export interface CardDoc {
  _id: string
  householdId: string
  villageId: string
  issuedAt: Date
  issuedById: string
}
