import { z } from '../zod'
import { instantSchema } from './common'
import { isCalendarMonth, MAX_YEAR, MIN_YEAR } from '../domain/calendar'
import { householdSchema } from '../domain/household'
import { HOUSEHOLD_KIND } from '../domain/monitoring'
import { visitFormSchema, RISK, VISIT_FORM_VERSION, MAX_VISIT_PHOTOS } from '../domain/visit-form'
import { PERIOD_MONTHS } from '../domain/visit-period'
import { kindPeriodsSchema } from '../domain/kind-periods'

const iso = z.string()
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max)

/** `2026-11` (monthly) or `2026-10-3m` (a period of 2, 3 or 6 months starting that month). */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-[236]m)?$/, '周期格式不正确')
  .refine(
    (s) => isCalendarMonth(s.slice(0, 7)),
    `周期的起始月份不存在或超出范围（${MIN_YEAR}–${MAX_YEAR} 年）`,
  )
export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100000),
})
/** The phone's ISO instant; judged on the server against its own clock. */
export const deviceTimeSchema = instantSchema
export const visitStatusSchema = z.enum(['submitted', 'returned'])
export const VISIT_STATUS_LABELS = { submitted: '已提交', returned: '已退回待更正' } as const

export const submitVisitInput = z.strictObject({
  /** Made on the phone when the draft was created; resends carry the same id. */
  clientId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9-]+$/, '编号格式不正确'),
  householdId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  formVersion: z.number().int().min(1).max(VISIT_FORM_VERSION),
  form: visitFormSchema,
  startedAt: deviceTimeSchema,
  endedAt: deviceTimeSchema,
  startLocation: locationSchema.nullable(),
  endLocation: locationSchema.nullable(),
  /** Photos follow one by one (attachPhoto), so a weak signal never loses the form itself. */
  photoCount: z.number().int().min(0).max(MAX_VISIT_PHOTOS),
})

/** What a visit's 发起监测识别 led to: a new candidate case, an open one joined, or none needed. */
export const monitorCaseOutcomeSchema = z.object({
  state: z.enum(['started', 'joined', 'already_monitored', 'none']),
  caseId: z.string().nullable(),
})

export const householdRowSchema = z.object({
  id: z.string(),
  headName: z.string(),
  /** Pinyin initials of the head's name, for search. */
  initials: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  kind: HOUSEHOLD_KIND.schema,
  /** 「监测对象（边缘易致贫户）」 */
  kindLabel: z.string(),
  /** '' where 主要致贫原因 does not apply. */
  mainCauseLabel: z.string(),
  memberCount: z.number(),
  /** The household's own 本周期 (its kind's period, set by the county); '不定期' when none is set. */
  periodLabel: z.string(),
  /** A period is set and the household has not been visited in it yet. */
  due: z.boolean(),
  visitsThisPeriod: z.number(),
  lastVisitAt: iso.nullable(),
  mine: z.boolean(),
})
export type HouseholdRow = z.infer<typeof householdRowSchema>

export const visitSummarySchema = z.object({
  id: z.string(),
  householdId: z.string(),
  headName: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  authorName: z.string(),
  startedAt: iso,
  version: z.number(),
  status: visitStatusSchema,
  failedChecks: z.array(z.string()),
  risks: z.array(z.string()),
  dangerousHouse: z.boolean(),
  photos: z.number(),
  photoCount: z.number(),
  shared: z.boolean(),
  syncedLate: z.boolean(),
})
export type VisitSummary = z.infer<typeof visitSummarySchema>

export const lastVisitSchema = z.object({ id: z.string(), startedAt: iso, form: visitFormSchema })

export const householdDetailSchema = z.object({
  household: householdSchema,
  villageName: z.string(),
  townshipName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  visitsThisPeriod: z.number(),
  cardCode: z.string().nullable(),
  mayVisit: z.boolean(),
  lastVisit: lastVisitSchema.nullable(),
  visits: z.array(visitSummarySchema),
})
export type HouseholdDetail = z.infer<typeof householdDetailSchema>

export const visitVersionSchema = z.object({
  version: z.number(),
  at: iso,
  byName: z.string(),
  reason: z.string(),
  form: visitFormSchema,
})
export const visitDetailSchema = visitSummarySchema.extend({
  formVersion: z.number(),
  form: visitFormSchema,
  endedAt: iso,
  receivedAt: iso,
  startLocation: locationSchema.nullable(),
  endLocation: locationSchema.nullable(),
  photoList: z.array(z.object({ index: z.number(), fileID: z.string(), url: z.string() })),
  versions: z.array(visitVersionSchema),
  reviews: z.array(
    z.object({ at: iso, byName: z.string(), kind: z.enum(['comment', 'return']), comment: z.string() }),
  ),
  /** History only: risks turned into rectification items before 2026. */
  followUps: z.array(z.object({ risk: RISK.schema, itemId: z.string(), at: iso })),
  /** The 监测识别 case this visit started or joined. */
  monitorCaseId: z.string().nullable(),
  may: z.object({ correct: z.boolean(), review: z.boolean(), share: z.boolean() }),
})
export type VisitDetail = z.infer<typeof visitDetailSchema>

/** A visit shown to other villages as an example: the household's name masked, no ID, phone or place. */
export const sharedVisitSchema = z.object({
  id: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  headName: z.string(),
  authorName: z.string(),
  startedAt: iso,
  form: visitFormSchema,
})

export const coverageRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  total: z.number(),
  visited: z.number(),
  percent: z.number(),
})
export const coverageSchema = z.object({
  unit: z.object({ id: z.string(), name: z.string(), level: z.string() }),
  period: z.string(),
  periodLabel: z.string(),
  total: z.number(),
  visited: z.number(),
  visits: z.number(),
  percent: z.number(),
  /** Counties of a 州/市, townships of a county, villages of a township, pairing cadres of a village. */
  rows: z.array(coverageRowSchema),
  rowKind: z.enum(['county', 'township', 'village', 'cadre']),
  /** Villages only: the households not yet visited this period. */
  unvisited: z.array(z.object({ id: z.string(), headName: z.string(), cadreNames: z.string() })),
})
export type Coverage = z.infer<typeof coverageSchema>

export const policyViewSchema = z.object({
  periodMonths: z.number(),
  label: z.string(),
  effectiveFrom: z.string(),
  previousMonths: z.number(),
  currentPeriod: z.string(),
  currentPeriodLabel: z.string(),
  reason: z.string(),
  /** 走访周期 per household kind (监测对象, 脱贫户, 一般农户), which 本周期 follows. */
  byKind: kindPeriodsSchema,
  byKindLabel: z.string(),
  byKindReason: z.string(),
})
export const periodMonthsSchema = z.literal(PERIOD_MONTHS)

export const cardSchema = z.object({
  headName: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  kindLabel: z.string(),
  mainCauseLabel: z.string(),
  memberCount: z.number(),
  measures: z.array(z.string()),
  recentHelp: z.array(z.object({ at: iso, text: z.string() })),
  /** Open 监测 risks (识别纳入 under way or in monitoring), with the step reached. */
  risks: z.array(z.string()),
  monitorStep: z.string().nullable(),
  contacts: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      phoneMasked: z.string(),
      /** The number the cadre chose to show in full, for the household to call; null when none chosen. */
      phone: z.string().nullable(),
      phoneLabel: z.string(),
    }),
  ),
  lastVisitAt: iso.nullable(),
})
export type Card = z.infer<typeof cardSchema>

export { text as visitText }
