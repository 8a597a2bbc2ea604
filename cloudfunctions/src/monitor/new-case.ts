import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import type { CaseKind, CaseSource, RiskType } from '@contract/domain/monitoring'
import { isOpenStep, stepDueDay } from '@contract/domain/monitoring-flow'
import { maskName } from '@contract/domain/visit-mask'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { HouseholdDoc } from '../shared/households'
import { casesOfHousehold, insertMonitorCase, type MonitorCaseDoc } from '../shared/monitor-cases'
import type { HandlerContext } from '../shared/context'
import { monitoringPolicyOf } from './policy'

export interface CaseStart {
  kind: CaseKind
  source: CaseSource
  sourceRef: string | null
  risks: RiskType[]
  incomePerCapita: number | null
  rigidExpense: number | null
  /** Who started it: a person, or a villager on the public page (then byId is empty). */
  byId: string
  byName: string
  starterOpenid: string | null
  note: string
}

export function kindOf(h: HouseholdDoc): 'lifted' | 'monitored' | 'ordinary' {
  if (h.kind) return h.kind
  if (h.status === 'monitored') return 'monitored'
  return h.status === 'lifted' ? 'lifted' : 'ordinary'
}

/** Why this household cannot get a case of this kind now, or null. */
export async function refusalFor(
  ctx: HandlerContext,
  h: HouseholdDoc,
  kind: CaseKind,
): Promise<string | null> {
  if (h.leftAt) return '该户已移出，不能发起监测事项'
  const monitored = kindOf(h) === 'monitored'
  if (kind === 'inclusion' && monitored) return '该户已是监测对象'
  if (kind === 'clearance' && !monitored) return '该户不是监测对象，无需风险消除'
  const open = (await casesOfHousehold(ctx.db, h._id)).find((c) => isOpenStep(c.step))
  if (open) return `该户已有办理中的${open.kind === 'inclusion' ? '识别纳入' : '风险消除'}事项`
  return null
}

/** A new case of the household, waiting for the village's review (待评议), due by the county's days. */
export async function createCase(
  ctx: HandlerContext,
  h: HouseholdDoc,
  start: CaseStart,
): Promise<MonitorCaseDoc> {
  const refused = await refusalFor(ctx, h, start.kind)
  if (refused) throw new AppError('failed-precondition', refused)
  const policy = await monitoringPolicyOf(ctx.db, h.unitPath)
  const doc: MonitorCaseDoc = {
    _id: `mc-${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    householdId: h._id,
    headName: maskName(h.headName),
    villageId: h.villageId,
    unitPath: h.unitPath,
    kind: start.kind,
    source: start.source,
    sourceRef: start.sourceRef,
    step: 'candidate',
    monitorType: start.kind === 'clearance' ? (h.monitorType ?? null) : null,
    risks: start.risks,
    incomePerCapita: start.incomePerCapita,
    rigidExpense: start.rigidExpense,
    noticeId: null,
    stepDueDay: stepDueDay('candidate', shanghaiDay(ctx.now), policy),
    history: [
      {
        step: 'candidate',
        outcome: 'started',
        byId: start.byId,
        byName: start.byName,
        at: ctx.now,
        note: start.note,
      },
    ],
    starterOpenid: start.starterOpenid,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await insertMonitorCase(ctx.db, doc)
  return doc
}
