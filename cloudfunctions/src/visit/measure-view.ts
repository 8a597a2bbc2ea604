import { MEASURE_STATUS, MEASURE_TYPE } from '@contract/domain/monitoring'
import { isMeasureOverdue } from '@contract/domain/household-measure'
import type { MeasureView } from '@contract/api/visit-measures'
import type { HouseholdMeasureDoc } from '../shared/household-measures'

export function toMeasureView(m: HouseholdMeasureDoc, today: string): MeasureView {
  return {
    id: m._id,
    householdId: m.householdId,
    type: m.type,
    typeLabel: MEASURE_TYPE.labels[m.type],
    responsibleId: m.responsibleId,
    responsibleName: m.responsibleName,
    startDay: m.startDay,
    plannedDay: m.plannedDay,
    status: m.status,
    statusLabel: MEASURE_STATUS.labels[m.status],
    note: m.note,
    behind: isMeasureOverdue(m, today),
    createdByName: m.createdByName,
    updatedAt: new Date(m.updatedAt).toISOString(),
  }
}
