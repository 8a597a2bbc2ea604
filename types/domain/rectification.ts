import { z } from '../zod'
import { instantSchema } from './calendar'

/** Where a problem was found. 自查 items may be registered by the village's own cadres. */
export const RECT_SOURCES = ['inspection', 'spot_check', 'self_check', 'visit', 'notice_objection'] as const
export const rectSourceSchema = z.enum(RECT_SOURCES)
export type RectSource = z.infer<typeof rectSourceSchema>
export const RECT_SOURCE_LABELS: Record<RectSource, string> = {
  inspection: '督查',
  spot_check: '暗访',
  self_check: '自查',
  visit: '走访',
  notice_objection: '公示异议',
}

export const RECT_CATEGORIES = [
  'party_building',
  'presence',
  'policy',
  'infrastructure',
  'funds',
  'conduct',
  'other',
] as const
export const rectCategorySchema = z.enum(RECT_CATEGORIES)
export type RectCategory = z.infer<typeof rectCategorySchema>
export const RECT_CATEGORY_LABELS: Record<RectCategory, string> = {
  party_building: '基层党建',
  presence: '驻村履职',
  policy: '政策落实',
  infrastructure: '基础设施',
  funds: '资金项目',
  conduct: '作风纪律',
  other: '其他',
}

/**
 * The life of an item. 延期申请 and 职责异议 are side states: the item returns to 整改中 / 已派发
 * when they are decided, and the clocks keep running meanwhile.
 */
export const RECT_STATES = [
  'registered',
  'dispatched',
  'signed',
  'in_progress',
  'extension_requested',
  'disputed',
  'close_requested',
  'reviewing',
  'closed',
  'withdrawn',
] as const
export const rectStateSchema = z.enum(RECT_STATES)
export type RectState = z.infer<typeof rectStateSchema>
export const RECT_STATE_LABELS: Record<RectState, string> = {
  registered: '挂号',
  dispatched: '已派发',
  signed: '已签收',
  in_progress: '整改中',
  extension_requested: '延期申请',
  disputed: '职责异议',
  close_requested: '申请销号',
  reviewing: '复核中',
  closed: '已销号',
  withdrawn: '已撤回',
}

/** States in which the responsible person still owes work: the fix clock is running. */
export const OPEN_STATES: readonly RectState[] = [
  'dispatched',
  'signed',
  'in_progress',
  'extension_requested',
  'disputed',
  'close_requested',
  'reviewing',
]
export const FINAL_STATES: readonly RectState[] = ['closed', 'withdrawn']

/** A photo as the app reports it: the file and where/when the phone says it was taken. */
export const photoLocationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100000),
  /** WeChat reports gcj02, browsers wgs84; the server stores wgs84 so photos from both compare. */
  coordType: z.enum(['gcj02', 'wgs84']).optional(),
})
export type PhotoLocation = z.infer<typeof photoLocationSchema>

/** Only files the app uploaded under `rectify/` count as evidence. */
export const evidenceFileIdSchema = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[^/]+\/rectify\/[\w\-./]+\.(jpg|jpeg|png|webp)$/, '照片文件编号不正确')

export const photoInputSchema = z.strictObject({
  fileID: evidenceFileIdSchema,
  /** The phone's clock: kept for the record, never trusted for deadlines. */
  takenAt: instantSchema.optional(),
  location: photoLocationSchema.optional(),
})
export type PhotoInput = z.infer<typeof photoInputSchema>

export const photosInputSchema = z.array(photoInputSchema).min(1, '请至少拍摄一张照片').max(9)

/** Evidence limits the phone enforces before upload. */
export const MAX_PHOTO_BYTES = 200 * 1024
/** An after-photo farther than this from every before-photo is flagged for the reviewer. */
export const AFTER_PHOTO_MAX_DISTANCE_M = 200
