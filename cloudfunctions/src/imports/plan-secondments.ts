import { isSecondmentLevel, secondmentTermProblem } from '@contract/domain/secondment'
import type { HandlerContext } from '../shared/context'
import type { PersonDoc } from '../shared/docs'
import { pathInScope } from '../shared/auth'
import { getUnitsByIds } from '../shared/org-units'
import {
  activeSecondmentsOfPeople,
  secondmentIdOf,
  secondmentsByIds,
  type SecondmentDoc,
  type SecondmentWrites,
} from '../shared/secondments'
import type { SecondmentRecord } from './parse-secondments'
import type { PersonRecord } from './parse-rows'
import { issueAt } from './table'
import type { PlanContext, UnitRef } from './plan-types'

export interface SecondmentSources {
  /** Units by code: stored, then those of this file. */
  known: Map<string, UnitRef>
  /** Active people by phone, stored or created by this file (after the 人员 sheet is planned). */
  personByPhone: Map<string, string>
  /** The stored person with this phone, if any (their home decides whether they are in scope). */
  storedOf: (phone: string) => PersonDoc | undefined
  /** Rows of the 人员 sheet that passed (their home was checked against the scope there). */
  fileRows: PersonRecord[]
}

interface Row {
  rec: SecondmentRecord
  personId: string
  unit: UnitRef
  id: string
  dispatchUnitId: string | null
}

/** Each row names one person and one county or township in scope; the person's name must match. */
async function resolveRows(
  ctx: HandlerContext,
  pc: PlanContext,
  records: SecondmentRecord[],
  src: SecondmentSources,
): Promise<Row[]> {
  const fileRow = new Map(src.fileRows.map((r) => [r.phone, r]))
  const homes = await getUnitsByIds(
    ctx.db,
    records.flatMap((r) => src.storedOf(r.phone)?.homeUnitId ?? []),
  )
  const rows: Row[] = []
  const firstRowOf = new Map<string, number>()
  for (const rec of records) {
    const personId = src.personByPhone.get(rec.phone)
    const stored = src.storedOf(rec.phone)
    const row = fileRow.get(rec.phone)
    const name = row?.name ?? stored?.name
    if (!personId || !name) {
      issueAt(
        pc.issues,
        rec.at,
        '手机号',
        `手机号 ${rec.phone} 的人员不存在（须已导入，或在本文件“人员”表中且无误）`,
      )
      continue
    }
    if (name !== rec.name) {
      issueAt(pc.issues, rec.at, '姓名', `该手机号的人员姓名是「${name}」`)
      continue
    }
    // The home the file gives (checked again here: that row may have been refused), else the stored one.
    const homePath = row ? src.known.get(row.homeCode)?.path : stored && homes.get(stored.homeUnitId)?.path
    if (!homePath || !pathInScope(homePath, pc.scope)) {
      issueAt(pc.issues, rec.at, '手机号', '该人员不在您的管辖范围内')
      continue
    }
    const unit = src.known.get(rec.unitCode)
    if (!unit || !isSecondmentLevel(unit.level)) {
      issueAt(pc.issues, rec.at, '挂职单位编码', `单位编码 ${rec.unitCode} 不存在或不是区县、乡镇`)
      continue
    }
    if (!pathInScope(unit.path, pc.scope)) {
      issueAt(pc.issues, rec.at, '挂职单位编码', '该单位不在您的管辖范围内')
      continue
    }
    const wrong = secondmentTermProblem(rec)
    if (wrong) {
      issueAt(pc.issues, rec.at, '计划期满日', wrong)
      continue
    }
    const first = firstRowOf.get(personId)
    if (first !== undefined) {
      issueAt(pc.issues, rec.at, '手机号', `同一人在第 ${first} 行已有挂职，每人同时只在一处挂职`)
      continue
    }
    firstRowOf.set(personId, rec.at.row)
    const id = secondmentIdOf(personId, unit.id, rec.startDay)
    rows.push({ rec, personId, unit, id, dispatchUnitId: stored?.dispatchUnitId ?? null })
  }
  return rows
}

/** Decides row by row against what is stored: a re-import of the same rows changes nothing. */
export async function planSecondments(
  ctx: HandlerContext,
  pc: PlanContext,
  records: SecondmentRecord[],
  src: SecondmentSources,
): Promise<SecondmentWrites> {
  const writes: SecondmentWrites = { creates: [], updates: [], unchanged: 0 }
  if (records.length === 0) return writes
  const rows = await resolveRows(ctx, pc, records, src)
  const stored = new Map(
    (
      await secondmentsByIds(
        ctx.db,
        rows.map((r) => r.id),
      )
    ).map((s) => [s._id, s]),
  )
  const active = await activeSecondmentsOfPeople(
    ctx.db,
    rows.map((r) => r.personId),
  )
  const activeOf = new Map(active.map((s) => [s.personId, s]))
  for (const { rec, personId, unit, id, dispatchUnitId } of rows) {
    const same = stored.get(id)
    const term = { position: rec.position, batch: rec.batch, plannedEndDay: rec.plannedEndDay }
    if (same?.status === 'ended') {
      issueAt(pc.issues, rec.at, '到任日期', '该人员同日开始的挂职已结束，请核对到任日期')
      continue
    }
    if (same) {
      const changed =
        same.position !== term.position ||
        same.batch !== term.batch ||
        same.plannedEndDay !== term.plannedEndDay
      if (changed) writes.updates.push({ id, data: { ...term, updatedAt: pc.now } })
      else writes.unchanged++
      continue
    }
    const other = activeOf.get(personId)
    if (other) {
      issueAt(pc.issues, rec.at, '挂职单位编码', `该人员正在其他单位挂职${other.position}，请先结束原挂职`)
      continue
    }
    const doc: SecondmentDoc = {
      _id: id,
      personId,
      personName: rec.name,
      unitId: unit.id,
      unitLevel: unit.level === 'county' ? 'county' : 'township',
      unitPath: unit.path,
      dispatchUnitId,
      ...term,
      startDay: rec.startDay,
      status: 'active',
      endedDay: null,
      endKind: null,
      recallReason: null,
      endNote: null,
      createdAt: pc.now,
      updatedAt: pc.now,
    }
    writes.creates.push(doc)
  }
  return writes
}
