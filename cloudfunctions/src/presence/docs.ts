import type { Sign } from '@contract/domain/presence'
import type { Slot } from '@contract/domain/presence-time'

/** Stored shapes of the presence function; only its repos read and write them. */
export interface CheckInDoc {
  _id: string
  clientId: string
  personId: string
  villageId: string
  townshipId: string
  countyId: string
  day: string
  month: string
  slot: Slot
  /** The instant judged: server time, or the device time of a capture queued offline. */
  at: Date
  capturedAt: Date
  receivedAt: Date
  syncedLate: boolean
  coordType: 'gcj02' | 'wgs84'
  lat: number
  lng: number
  accuracy: number
  wgsLat: number
  wgsLng: number
  coordKey: string
  distanceM: number | null
  counted: boolean
  message: string
  photoFileId: string | null
  deviceId: string
  signs: Sign[]
  /**
   * Still carries the raw fix (the not-yet-coarsened marker, indexed with the county and the time):
   * set on every write, removed when coarsened, so retention reads only what still needs work.
   */
  rawFix: true
}

/** Where the phone was, how precisely, and which phone: dropped after the county's retention period. */
export const RAW_FIX_FIELDS = [
  'lat',
  'lng',
  'accuracy',
  'wgsLat',
  'wgsLng',
  'coordKey',
  'deviceId',
  'rawFix',
] as const
export type RawFixField = (typeof RAW_FIX_FIELDS)[number]

/** A stored check-in: fresh ones carry the raw fix; coarsened ones keep the verdict, distance and signs. */
export type StoredCheckInDoc = Omit<CheckInDoc, RawFixField> &
  Partial<Pick<CheckInDoc, RawFixField>> & { coarsenedAt?: Date }

export type { PresenceDayDoc } from '../shared/presence-days'

export type { LeaveDoc } from '../shared/presence-leaves'

export interface WorkLogDoc {
  _id: string
  personId: string
  villageId: string
  townshipId: string
  day: string
  month: string
  text: string
  photoFileIds: string[]
  updatedAt: Date
}

export interface SpotCheckDoc {
  _id?: string
  villageId: string
  townshipId: string
  day: string
  at: Date
  byId: string
  byName: string
  presentIds: string[]
  absentIds: string[]
  note: string
  photoFileIds: string[]
}

export type { AbsenceDoc } from '../shared/presence-absences'
