import { z } from '../zod'
import { daySchema, idSchema, pageInput, skippedField } from './common'
import {
  photoInputSchema,
  photoLocationSchema,
  rectCategorySchema,
  rectSourceSchema,
  rectStateSchema,
} from '../domain/rectification'
import { EVIDENCE_KINDS, rectFindingSchema } from '../domain/rectification-evidence-rules'
import { RECT_ACTIONS } from '../domain/rectification-flow'
import { ESCALATION_STATUSES, ESCALATION_STEPS, STRIKE_KINDS } from '../domain/rectification-escalation'

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max)
const iso = z.string()

/** Up to nine photos; whether any is needed depends on the category (rectification-evidence-rules). */
const evidencePhotosSchema = z.array(photoInputSchema).max(9, '最多 9 张照片').default([])
/** Files the app uploaded under `rectify-files/`. */
export const evidenceDocFileIdSchema = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[^/]+\/rectify-files\/[0-9a-f]{32}\.(pdf|docx|xlsx|jpg|jpeg|png)$/, '佐证文件编号不正确')

export const rectActionSchema = z.enum(RECT_ACTIONS)
export const overdueLevelSchema = z.enum(['none', 'orange', 'red'])

/** Every transition names the version it saw: a stale screen gets `conflict`, never a double step. */
export const transitionBase = {
  itemId: idSchema,
  version: z.number().int().min(0).max(1_000_000),
  comment: z.string().trim().max(500).optional(),
  location: photoLocationSchema.optional(),
}
export const transitionInput = z.strictObject(transitionBase)
export const withReason = z.strictObject({ ...transitionBase, comment: text(500) })

export const registerInput = z.strictObject({
  source: rectSourceSchema,
  category: rectCategorySchema,
  villageId: idSchema,
  problem: text(1000),
  target: text(500),
  measures: text(1000),
  responsibleUnit: text(100),
  responsiblePersonId: idSchema,
  deadline: daySchema,
  /** Found in documents: a physical problem may then be registered without a before-photo. */
  foundIn: rectFindingSchema.default('site'),
  /** Required for a physical problem found on site (the handler says so); optional otherwise. */
  beforePhotos: evidencePhotosSchema,
  location: photoLocationSchema.optional(),
})

export const applyCloseInput = z.strictObject({
  ...transitionBase,
  description: text(1000),
  /** Required for a physical problem only (the handler says so). */
  afterPhotos: evidencePhotosSchema,
  /** Documents showing the fix (minutes, accounts): uploaded for `rectify-file`. */
  afterFiles: z.array(evidenceDocFileIdSchema).max(9).default([]),
})
export const closeInput = z.strictObject({
  ...transitionBase,
  comment: text(500),
  photos: evidencePhotosSchema.optional(),
  /** The reviewer's written on-site confirmation; required where no after-photo or file shows the fix. */
  confirmation: z.string().trim().max(500).optional(),
})
export const requestExtensionInput = z.strictObject({
  ...transitionBase,
  comment: text(500),
  deadline: daySchema,
})
export const reassignInput = z.strictObject({
  ...transitionBase,
  comment: text(500),
  responsiblePersonId: idSchema,
  responsibleUnit: text(100).optional(),
})

export const transitionOutput = z.object({
  id: z.string(),
  state: rectStateSchema,
  stateLabel: z.string(),
  version: z.number(),
})

export const photoViewSchema = z.object({
  fileID: z.string(),
  /** Temporary download URL; empty when the file is gone. */
  url: z.string(),
  /** Server time of receipt: the time that counts. */
  at: iso,
  deviceAt: iso.nullable(),
  location: z.object({ lat: z.number(), lng: z.number(), accuracy: z.number() }).nullable(),
  /** For after-photos: metres to the nearest before-photo. */
  nearestM: z.number().nullable(),
  far: z.boolean(),
  /** Server time the file was registered right after upload, and who uploaded it (null on older photos). */
  uploadedAt: iso.nullable(),
  uploaderName: z.string().nullable(),
})
export type PhotoView = z.infer<typeof photoViewSchema>

export const itemSummarySchema = z.object({
  id: z.string(),
  source: rectSourceSchema,
  sourceLabel: z.string(),
  category: rectCategorySchema,
  categoryLabel: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  problem: z.string(),
  state: rectStateSchema,
  stateLabel: z.string(),
  deadline: daySchema,
  originalDeadline: daySchema.nullable(),
  responsibleUnit: z.string(),
  responsibleName: z.string(),
  overdue: overdueLevelSchema,
  signOverdue: z.boolean(),
  registeredAt: iso,
  closedAt: iso.nullable(),
  version: z.number(),
})
export type RectItemSummary = z.infer<typeof itemSummarySchema>

export const eventViewSchema = z.object({
  id: z.string(),
  action: z.string(),
  label: z.string(),
  actorName: z.string(),
  at: iso,
  from: rectStateSchema.nullable(),
  to: rectStateSchema,
  comment: z.string(),
  location: z.object({ lat: z.number(), lng: z.number(), accuracy: z.number() }).nullable(),
  photos: z.array(photoViewSchema),
})
export type RectEventView = z.infer<typeof eventViewSchema>

export const itemDetailSchema = itemSummarySchema.extend({
  target: z.string(),
  measures: z.string(),
  responsiblePersonId: z.string(),
  registeredByName: z.string(),
  dispatchedAt: iso.nullable(),
  signDueAt: iso.nullable(),
  signedAt: iso.nullable(),
  closeDescription: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewComment: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  extensionRequest: z.object({ deadline: z.string(), reason: z.string() }).nullable(),
  disputeReason: z.string().nullable(),
  beforePhotos: z.array(photoViewSchema),
  afterPhotos: z.array(photoViewSchema),
  /** Some after-photo was taken more than 200 m from every before-photo. */
  afterFar: z.boolean(),
  evidenceKind: z.enum(EVIDENCE_KINDS),
  evidenceLabel: z.string(),
  foundIn: rectFindingSchema,
  foundInLabel: z.string(),
  afterFiles: z.array(z.object({ fileID: z.string(), url: z.string(), at: iso })),
  /** The reviewer's written on-site confirmation: who, when, what. */
  siteConfirmation: z.object({ text: z.string(), byName: z.string(), at: iso }).nullable(),
  timeline: z.array(eventViewSchema),
  /** `consequence`: who will be told and what follows, shown before the caller confirms. */
  actions: z.array(z.object({ action: rectActionSchema, label: z.string(), consequence: z.string() })),
})
export type RectItemDetail = z.infer<typeof itemDetailSchema>

export const ledgerFilters = {
  villageId: idSchema.optional(),
  townshipId: idSchema.optional(),
  source: rectSourceSchema.optional(),
  state: rectStateSchema.optional(),
  /** Only items past their deadline that still owe work. */
  overdue: z.literal(true).optional(),
}
export const ledgerInput = z.strictObject({ ...ledgerFilters, ...pageInput })
export const exportInput = z.strictObject(ledgerFilters)
export const listMineInput = z.strictObject({
  as: z.enum(['responsible', 'registrar']).default('responsible'),
  state: rectStateSchema.optional(),
  ...pageInput,
})
export const itemPage = z.object({ items: z.array(itemSummarySchema), total: z.number(), ...skippedField })

export const escalationViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  step: z.enum(ESCALATION_STEPS),
  stepLabel: z.string(),
  strikeCount: z.number(),
  strikeKind: z.enum(STRIKE_KINDS),
  strikeLabel: z.string(),
  itemId: z.string(),
  itemProblem: z.string(),
  villageName: z.string(),
  status: z.enum(ESCALATION_STATUSES),
  statusLabel: z.string(),
  createdAt: iso,
  decidedByName: z.string().nullable(),
  decidedAt: iso.nullable(),
  comment: z.string().nullable(),
})
export type EscalationView = z.infer<typeof escalationViewSchema>
