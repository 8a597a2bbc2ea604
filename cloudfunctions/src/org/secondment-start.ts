import { AppError } from '@contract/errors'
import { isSecondmentLevel, secondmentTermProblem } from '@contract/domain/secondment'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import {
  activeSecondmentsOfPeople,
  getSecondment,
  insertSecondment,
  secondmentIdOf,
  type SecondmentDoc,
} from '../shared/secondments'

export interface SecondmentTerm {
  position: string
  batch: string
  startDay: string
  plannedEndDay: string
}

/**
 * Places the person at the county or township for a term: one active 挂职 per person. Their roles do
 * not change: a 挂职 cadre is not a village cadre and keeps no village presence record.
 */
export async function startSecondment(
  ctx: HandlerContext,
  unit: OrgUnitDoc,
  person: PersonDoc,
  term: SecondmentTerm,
): Promise<{ doc: SecondmentDoc; created: boolean }> {
  if (!isSecondmentLevel(unit.level))
    throw new AppError('invalid-argument', '挂职单位须为区县或乡镇', { field: 'unitId' })
  if (person.status !== 'active')
    throw new AppError('failed-precondition', `${person.name}已停用，不能安排挂职`)
  const wrong = secondmentTermProblem(term)
  if (wrong) throw new AppError('invalid-argument', wrong, { field: 'plannedEndDay' })
  const id = secondmentIdOf(person._id, unit._id, term.startDay)
  const same = await getSecondment(ctx.db, id)
  if (same?.status === 'active') return { doc: same, created: false }
  if (same)
    throw new AppError('failed-precondition', '该干部同日开始的挂职已结束，请核对到任日期', {
      field: 'startDay',
    })
  const [current] = await activeSecondmentsOfPeople(ctx.db, [person._id])
  if (current)
    throw new AppError('failed-precondition', `${person.name}正在其他单位挂职，请先结束原挂职`, {
      field: 'personId',
    })
  const doc: SecondmentDoc = {
    _id: id,
    personId: person._id,
    personName: person.name,
    unitId: unit._id,
    unitLevel: unit.level,
    unitPath: unit.path,
    position: term.position,
    dispatchUnitId: person.dispatchUnitId ?? null,
    batch: term.batch,
    startDay: term.startDay,
    plannedEndDay: term.plannedEndDay,
    status: 'active',
    endedDay: null,
    endKind: null,
    recallReason: null,
    endNote: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await insertSecondment(ctx.db, doc)
  return { doc, created: true }
}
