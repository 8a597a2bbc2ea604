import { RECT_CATEGORY_LABELS, RECT_SOURCE_LABELS, RECT_STATE_LABELS } from '@contract/domain/rectification'
import { overdueLevel, signOverdue } from '@contract/domain/rectification-clock'
import {
  EVIDENCE_KIND_LABELS,
  RECT_FINDING_LABELS,
  evidenceKindOf,
} from '@contract/domain/rectification-evidence-rules'
import { availableActions, RECT_FLOW, type RectRelation } from '@contract/domain/rectification-flow'
import { actionConsequence } from '@contract/domain/rectification-consequence'
import type { RectEventView, RectItemDetail, RectItemSummary } from '@contract/api/rectify-schemas'
import type { RectEventDoc, RectItemDoc } from './docs'
import { asDate, isoOrNull, photoView, tempUrls } from './photos'

export function summaryOf(item: RectItemDoc, now: Date): RectItemSummary {
  const signDueAt = item.signDueAt ? asDate(item.signDueAt) : null
  return {
    id: item._id,
    source: item.source,
    sourceLabel: RECT_SOURCE_LABELS[item.source],
    category: item.category,
    categoryLabel: RECT_CATEGORY_LABELS[item.category],
    villageId: item.villageId,
    villageName: item.villageName,
    townshipName: item.townshipName,
    problem: item.problem,
    state: item.state,
    stateLabel: RECT_STATE_LABELS[item.state],
    deadline: item.deadline,
    originalDeadline: item.originalDeadline,
    responsibleUnit: item.responsibleUnit,
    responsibleName: item.responsibleName,
    overdue: overdueLevel(item, now),
    signOverdue: signOverdue({ state: item.state, signDueAt }, now),
    registeredAt: asDate(item.registeredAt).toISOString(),
    closedAt: isoOrNull(item.closedAt),
    version: item.version,
  }
}

export const EVENT_LABELS: Record<RectEventDoc['action'], string> = {
  register: '挂号',
  overdue: '逾期（系统）',
  ...Object.fromEntries(Object.entries(RECT_FLOW).map(([k, v]) => [k, v.label])),
} as Record<RectEventDoc['action'], string>

/** The detail page: both photo sets and every event's photos resolved to URLs in one pass. */
export async function detailOf(
  item: RectItemDoc,
  events: RectEventDoc[],
  relations: RectRelation[],
  now: Date,
): Promise<RectItemDetail> {
  const all = [
    ...item.beforePhotos,
    ...item.afterPhotos,
    ...(item.afterFiles ?? []),
    ...events.flatMap((e) => e.photos),
  ]
  const urls = await tempUrls(all.map((p) => p.fileID))
  const timeline: RectEventView[] = events.map((e) => ({
    id: e._id,
    action: e.action,
    label: EVENT_LABELS[e.action] ?? e.action,
    actorName: e.actorName,
    at: asDate(e.at).toISOString(),
    from: e.from,
    to: e.to,
    comment: e.comment,
    location: e.location,
    photos: e.photos.map((p) => photoView(p, urls)),
  }))
  return {
    ...summaryOf(item, now),
    target: item.target,
    measures: item.measures,
    responsiblePersonId: item.responsiblePersonId,
    registeredByName: item.registeredByName,
    dispatchedAt: isoOrNull(item.dispatchedAt),
    signDueAt: isoOrNull(item.signDueAt),
    signedAt: isoOrNull(item.signedAt),
    closeDescription: item.closeDescription,
    reviewerName: item.reviewerName,
    reviewComment: item.reviewComment,
    withdrawReason: item.withdrawReason,
    extensionRequest: item.extensionRequest
      ? { deadline: item.extensionRequest.deadline, reason: item.extensionRequest.reason }
      : null,
    disputeReason: item.disputeReason,
    beforePhotos: item.beforePhotos.map((p) => photoView(p, urls)),
    afterPhotos: item.afterPhotos.map((p) => photoView(p, urls)),
    afterFar: item.afterFar,
    ...evidenceOf(item, urls),
    timeline,
    actions: availableActions(item.state, relations).map((a) => ({
      action: a,
      label: RECT_FLOW[a].label,
      consequence: actionConsequence(a, item),
    })),
  }
}

/** What the category asks for, where it was found, the documents and the written confirmation. */
function evidenceOf(item: RectItemDoc, urls: Map<string, string>) {
  const kind = evidenceKindOf(item.category)
  const foundIn = item.foundIn ?? 'site'
  const c = item.siteConfirmation ?? null
  return {
    evidenceKind: kind,
    evidenceLabel: EVIDENCE_KIND_LABELS[kind],
    foundIn,
    foundInLabel: RECT_FINDING_LABELS[foundIn],
    afterFiles: (item.afterFiles ?? []).map((f) => ({
      fileID: f.fileID,
      url: urls.get(f.fileID) ?? '',
      at: asDate(f.at).toISOString(),
    })),
    siteConfirmation: c ? { text: c.text, byName: c.byName, at: asDate(c.at).toISOString() } : null,
  }
}
