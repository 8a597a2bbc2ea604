import { CASE_KIND, CASE_STEP } from '@contract/domain/monitoring'
import { recordLabel } from '@contract/domain/monitoring-flow'
import type { HandlerContext } from '../shared/context'
import type { CaseStepRecord, MonitorCaseDoc } from '../shared/monitor-cases'
import { tellEvent } from '../shared/notify-events'
import { getHousehold } from '../shared/households'
import { unitById } from '../shared/org-units'
import { activePeopleOfUnits } from '../shared/people'

/**
 * Tells the household's 帮扶责任人, the village's cadres and the case's starter of a step (or of a new
 * case). Called after the write; a failure to tell never undoes the step.
 */
export async function tellStep(
  ctx: HandlerContext,
  doc: MonitorCaseDoc,
  record: CaseStepRecord,
): Promise<void> {
  const [household, village, people] = await Promise.all([
    getHousehold(ctx.db, doc.householdId),
    unitById(ctx.db, doc.villageId),
    activePeopleOfUnits(ctx.db, [doc.villageId]),
  ])
  const cadreIds = people
    .filter((p) => p.roles.some((g) => g.role === 'resident_cadre' || g.role === 'village_cadre'))
    .map((p) => p._id)
  const starter = doc.history.find((r) => r.outcome === 'started')?.byId || null
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'monitor_step',
      id: `${doc._id}-${doc.history.length}`,
      actorId: ctx.caller.person?._id ?? null,
      payload: {
        caseId: doc._id,
        headName: doc.headName,
        villageName: village?.name ?? '',
        kindLabel: CASE_KIND.labels[doc.kind],
        stepLabel: recordLabel(record.step, record.outcome),
        outcome: record.outcome,
        nowLabel: CASE_STEP.labels[doc.step],
        actorName: record.byName,
        note: record.note,
        pairingIds: household?.pairingCadreIds ?? [],
        cadreIds,
        starterId: starter,
      },
    },
    ctx.requestId,
  )
}
