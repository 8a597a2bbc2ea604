import { z } from '../zod'
import type { RectCategory } from './rectification'

/**
 * What evidence a problem calls for (国办函〔2026〕12号: no work photos forced where not necessary).
 * - physical: something one can see on site (a road, a building, a sign): photos before and after;
 * - record: a matter of documents or conduct (minutes, accounts, discipline): a file, or the reviewer's
 *   written confirmation of what they verified on site, never a photo.
 */
export const EVIDENCE_KINDS = ['physical', 'record'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  physical: '实物类（须拍照）',
  record: '资料或作风类（附文件或复核人现场书面确认，无须拍照）',
}

/** Only infrastructure is physical by nature; for 其他 a photo cannot be presumed necessary. */
export const RECT_CATEGORY_EVIDENCE: Record<RectCategory, EvidenceKind> = {
  party_building: 'record',
  presence: 'record',
  policy: 'record',
  infrastructure: 'physical',
  funds: 'record',
  conduct: 'record',
  other: 'record',
}

/** Where the problem was found: on site, or in documents (台账、会议记录、账目). */
export const RECT_FINDINGS = ['site', 'documents'] as const
export const rectFindingSchema = z.enum(RECT_FINDINGS)
export type RectFinding = z.infer<typeof rectFindingSchema>
export const RECT_FINDING_LABELS: Record<RectFinding, string> = {
  site: '现场发现',
  documents: '查阅资料发现',
}

export function evidenceKindOf(category: RectCategory): EvidenceKind {
  return RECT_CATEGORY_EVIDENCE[category]
}

/** Before-photos are required only for a physical problem seen on site. */
export function beforePhotosRequired(category: RectCategory, foundIn: RectFinding): boolean {
  return evidenceKindOf(category) === 'physical' && foundIn === 'site'
}

/** After-photos are required only for a physical problem. */
export function afterPhotosRequired(category: RectCategory): boolean {
  return evidenceKindOf(category) === 'physical'
}

/**
 * Closing needs the reviewer's written on-site confirmation when nothing else shows the fix: a
 * record problem closed with neither an after-photo nor a file.
 */
export function confirmationRequired(
  category: RectCategory,
  afterPhotos: number,
  afterFiles: number,
): boolean {
  return evidenceKindOf(category) === 'record' && afterPhotos === 0 && afterFiles === 0
}

export const MISSING_BEFORE_PHOTO = '实物类问题须拍摄整改前照片（在资料中发现的问题可不拍）'
export const MISSING_AFTER_PHOTO = '实物类问题申请销号须拍摄整改后照片'
export const MISSING_CONFIRMATION = '该事项没有整改后照片或文件，销号须填写复核人现场核实的书面确认'
