import { z } from '../zod'
import { signNoteViewSchema, signReviewViewSchema } from './presence-sign-notes'
import {
  coordTypeSchema,
  leaveStatusSchema,
  leaveTypeSchema,
  policyRulesSchema,
  signSchema,
  slotSchema,
} from '../domain/presence'
import { daySchema, idSchema, instantSchema } from './common'

/** A client-made UUID: the offline queue resends with it, and the server dedupes on it. */
export const clientIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, '客户端编号格式不正确')
const fileIdSchema = z.string().min(1).max(300)
export const photoIdsSchema = z.array(fileIdSchema).max(6)

export const checkInInput = z.strictObject({
  clientId: clientIdSchema,
  /** Only needed by a cadre who works in several villages. */
  villageId: idSchema.optional(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100000),
  coordType: coordTypeSchema,
  /** Device time of the capture; the server's clock decides unless the capture was queued offline. */
  capturedAt: instantSchema,
  deviceId: clientIdSchema,
  photoFileId: fileIdSchema.optional(),
})

export const checkInResultSchema = z.object({
  checkInId: z.string(),
  counted: z.boolean(),
  /** Plain Chinese: whether it counted and, if not, why. */
  message: z.string(),
  distanceM: z.number().nullable(),
  day: z.string(),
  slot: slotSchema,
  slotLabel: z.string(),
  syncedLate: z.boolean(),
  /** True when this slot was already recorded or this clientId was already received. */
  duplicate: z.boolean(),
  dayCounted: z.boolean(),
  signs: z.array(signSchema),
})
export type CheckInResult = z.infer<typeof checkInResultSchema>

export const policyViewSchema = policyRulesSchema.extend({
  countyId: z.string(),
  /** The written reason for anything stricter than the default, shown with the policy. */
  reason: z.string().nullable(),
  strict: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
})
export type PolicyView = z.infer<typeof policyViewSchema>

export const leaveViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  villageName: z.string(),
  type: leaveTypeSchema,
  typeLabel: z.string(),
  startDay: daySchema,
  endDay: daySchema,
  days: z.number(),
  reason: z.string(),
  status: leaveStatusSchema,
  statusLabel: z.string(),
  /** Who decides now (or decided last). */
  approverLabel: z.string(),
  /** The approval chain in order: 队长 → 乡镇党委 or 县委组织部 (→ 市委组织部), with each decision. */
  chain: z.array(
    z.object({
      label: z.string(),
      decision: z.enum(['approved', 'rejected']).nullable(),
      decidedByName: z.string().nullable(),
      comment: z.string().nullable(),
    }),
  ),
  comment: z.string().nullable(),
  decidedByName: z.string().nullable(),
  returnedDay: z.string().nullable(),
  /** Whether the caller may approve or reject it now. */
  canDecide: z.boolean(),
})
export type LeaveView = z.infer<typeof leaveViewSchema>

export const calendarDaySchema = z.object({
  day: z.string(),
  status: z.enum(['present', 'leave', 'excused', 'away', 'future']),
  statusLabel: z.string(),
  /** Check-ins were made but none counted (outside the fence). */
  attempted: z.boolean(),
  syncedLate: z.boolean(),
  signs: z.array(signSchema),
  signNote: signNoteViewSchema.nullable(),
  signReview: signReviewViewSchema.nullable(),
  log: z.string().nullable(),
})

export const monthViewSchema = z.object({
  person: z.object({ id: z.string(), name: z.string(), villageName: z.string() }),
  month: z.string(),
  policy: policyViewSchema,
  days: z.array(calendarDaySchema),
  presentDays: z.number(),
  leaveDays: z.number(),
  /** Leave of types the county counts as days in the village (公差、培训 by default). */
  countedLeaveDays: z.number(),
  /** Leave excused but not counted (事假、病假 by default). */
  excusedDays: z.number(),
  /** Leave days per type, with the type's label and whether it counts. */
  leaveByType: z.array(
    z.object({ type: leaveTypeSchema, label: z.string(), days: z.number(), counts: z.boolean() }),
  ),
  awayDays: z.number(),
  requiredDays: z.number(),
  /** Present plus counted leave: the requirement and the 补助天数 are measured on it. */
  countedDays: z.number(),
  /** The county's daily subsidy and this month's amount (null while no rate is set). */
  dailySubsidy: z.number().nullable(),
  subsidyAmount: z.number().nullable(),
  shortfall: z.number(),
  met: z.boolean(),
  unexcusedAbsences: z.number(),
  suggestion: z.string().nullable(),
})
export type MonthView = z.infer<typeof monthViewSchema>

export const TODAY_STATUSES = ['recorded', 'attempted', 'on_leave', 'not_recorded'] as const
export const todayCadreSchema = z.object({
  personId: z.string(),
  name: z.string(),
  postLabel: z.string(),
  status: z.enum(TODAY_STATUSES),
  statusLabel: z.string(),
  time: z.string().nullable(),
  syncedLate: z.boolean(),
  signs: z.array(signSchema),
})
export const todayVillageSchema = z.object({
  id: z.string(),
  name: z.string(),
  townshipName: z.string(),
  total: z.number(),
  recorded: z.number(),
  onLeave: z.number(),
  notRecorded: z.number(),
  flagged: z.number(),
})
export const todayViewSchema = z.object({
  day: z.string(),
  villages: z.array(todayVillageSchema),
  /** Only for the village asked for. */
  cadres: z.array(todayCadreSchema),
})
export type TodayView = z.infer<typeof todayViewSchema>
