import { SECONDMENT_LEVEL_LABELS } from '@contract/domain/secondment'
import type { SecondmentView } from '@contract/api/org-secondments'
import type { SecondmentDoc } from '../shared/secondments'
import { endLabelOf } from './posting-view'

export function secondmentView(
  doc: SecondmentDoc,
  unitNames: Map<string, string>,
  today: string,
): SecondmentView {
  return {
    id: doc._id,
    personId: doc.personId,
    personName: doc.personName,
    unitId: doc.unitId,
    unitLevel: doc.unitLevel,
    unitPath: doc.unitPath,
    position: doc.position,
    dispatchUnitId: doc.dispatchUnitId,
    batch: doc.batch,
    startDay: doc.startDay,
    plannedEndDay: doc.plannedEndDay,
    status: doc.status,
    endedDay: doc.endedDay,
    endKind: doc.endKind,
    recallReason: doc.recallReason,
    endNote: doc.endNote,
    unitName: unitNames.get(doc.unitId) ?? '',
    levelLabel: SECONDMENT_LEVEL_LABELS[doc.unitLevel],
    endLabel: endLabelOf(doc),
    pastPlannedEnd: doc.status === 'active' && doc.plannedEndDay < today,
  }
}
