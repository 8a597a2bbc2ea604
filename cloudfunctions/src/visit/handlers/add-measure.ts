import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { MEASURE_TYPE } from '@contract/domain/monitoring'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadHousehold } from '../../shared/households'
import { insertMeasure, measuresOfHousehold, type HouseholdMeasureDoc } from '../../shared/household-measures'
import { getUnitsByIds } from '../../shared/org-units'
import { tellEvent } from '../../shared/notify-events'
import { placeIds } from '../access'
import { loadResponsible, mayManageMeasures, standingOnHousehold } from '../measure-access'
import { toMeasureView } from '../measure-view'

/** A household carries a handful of measures; a runaway client cannot pile up hundreds. */
const MAX_MEASURES = 60

/** Adds a 帮扶措施 to a household and tells the person now responsible for it. */
export const addMeasure: Handler<'visit', 'addMeasure'> = async (input, ctx) => {
  const me = ctx.caller.person
  const h = await loadHousehold(ctx.db, input.householdId)
  if (!mayManageMeasures(standingOnHousehold(ctx.caller, h)))
    throw new AppError('permission-denied', '只有本村工作队、该户帮扶责任人或上级可以添加帮扶措施')
  if (h.leftAt) throw new AppError('failed-precondition', '该户已移出，不能再添加帮扶措施')
  const m = input.measure
  const [responsible, existing] = await Promise.all([
    loadResponsible(ctx.db, m.responsibleId, h),
    measuresOfHousehold(ctx.db, h._id),
  ])
  if (existing.length >= MAX_MEASURES)
    throw new AppError('failed-precondition', `每户最多记录 ${MAX_MEASURES} 项帮扶措施`)
  const place = placeIds(h.unitPath)
  const doc: HouseholdMeasureDoc = {
    _id: `ms-${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    householdId: h._id,
    villageId: h.villageId,
    unitPath: h.unitPath,
    type: m.type,
    responsibleId: responsible._id,
    responsibleName: responsible.name,
    startDay: m.startDay,
    plannedDay: m.plannedDay,
    status: 'planned',
    note: m.note,
    createdById: me._id,
    createdByName: me.name,
    history: [{ status: 'planned', byId: me._id, byName: me.name, at: ctx.now, note: m.note }],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await insertMeasure(ctx.db, doc)
  const typeLabel = MEASURE_TYPE.labels[m.type]
  await writeAudit(
    ctx,
    'household_measure',
    doc._id,
    `添加帮扶措施：${typeLabel}，责任人 ${responsible.name}`,
  )
  const units = await getUnitsByIds(ctx.db, [place.townshipId, place.villageId])
  const where = `${units.get(place.townshipId)?.name ?? ''}${units.get(place.villageId)?.name ?? ''}`
  await tellEvent(
    ctx.db,
    ctx.now,
    {
      kind: 'measure_assigned',
      id: doc._id,
      actorId: me._id,
      payload: {
        measureId: doc._id,
        householdId: h._id,
        responsibleId: responsible._id,
        place: `${where} ${h.headName}户`,
        typeLabel,
        plannedDay: m.plannedDay,
        assignerName: me.name,
      },
    },
    ctx.requestId,
  )
  return { measure: toMeasureView(doc, shanghaiDay(ctx.now)) }
}
