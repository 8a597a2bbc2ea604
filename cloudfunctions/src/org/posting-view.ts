import { POSTING_END_LABELS, RECALL_REASON_LABELS, TEAM_ROLE_LABELS } from '@contract/domain/posting'
import type { PostingView } from '@contract/api/org-postings'
import type { PostingDoc } from '../shared/postings'

export interface PostingNames {
  villages: Map<string, string>
  people: Map<string, string>
}

/** 召回调整（不胜任）, 轮换, 期满 — or null while the posting runs. */
export function endLabelOf(doc: Pick<PostingDoc, 'endKind' | 'recallReason'>): string | null {
  if (!doc.endKind) return null
  const base = POSTING_END_LABELS[doc.endKind]
  return doc.endKind === 'recall' && doc.recallReason
    ? `${base}（${RECALL_REASON_LABELS[doc.recallReason]}）`
    : base
}

export function postingView(doc: PostingDoc, names: PostingNames, today: string): PostingView {
  return {
    id: doc._id,
    personId: doc.personId,
    personName: doc.personName,
    villageId: doc.villageId,
    unitPath: doc.unitPath,
    teamRole: doc.teamRole,
    dispatchUnitId: doc.dispatchUnitId,
    batch: doc.batch,
    startDay: doc.startDay,
    plannedEndDay: doc.plannedEndDay,
    status: doc.status,
    endedDay: doc.endedDay,
    endKind: doc.endKind,
    recallReason: doc.recallReason,
    endNote: doc.endNote,
    successorId: doc.successorId,
    villageName: names.villages.get(doc.villageId) ?? '',
    teamRoleLabel: TEAM_ROLE_LABELS[doc.teamRole],
    endLabel: endLabelOf(doc),
    successorName: doc.successorId ? (names.people.get(doc.successorId) ?? null) : null,
    pastPlannedEnd: doc.status === 'active' && doc.plannedEndDay < today,
  }
}
