import { AppError } from '@contract/errors'
import { judgeVisitTime, periodOf } from '@contract/domain/visit-period'
import { shanghaiMonth } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { placeIds, requireVisit, standingOn } from '../access'
import { countVisit, type KindAtVisit } from '../count-visit'
import type { VisitDoc, VisitVersionDoc } from '../docs'
import { kindOf, loadHousehold, type HouseholdDoc } from '../../shared/households'
import { kindPeriodsOf, loadVisitPolicy } from '../../shared/visit-policy'
import { loadUnit } from '../../shared/org-units'
import { findVisitByClientId, insertVisit } from '../repo-visits'
import { startCaseFromVisit } from '../start-case'
import { noteVisitIncome } from '../note-income'

type Out = Awaited<ReturnType<Handler<'visit', 'submitVisit'>>>

type Ctx = Parameters<Handler<'visit', 'submitVisit'>>[1]

async function answerResend(ctx: Ctx, existing: VisitDoc, me: string): Promise<Out> {
  if (existing.authorId !== me) throw new AppError('conflict', '该走访编号已被使用，请重新填写')
  // A resend after the first attempt stored the visit but died before counting it finishes the count,
  // and starts the 监测识别 case it asked for (the case id follows the visit: never a second one).
  const household = await loadHousehold(ctx.db, existing.householdId)
  const firstOfPeriod = existing.counted
    ? false
    : await countVisit(ctx.db, existing, await kindAtVisit(ctx, household))
  const monitorCase = existing.form.startMonitoring
    ? await startCaseFromVisit(ctx.db, ctx.now, existing, household, ctx.requestId)
    : { state: 'none' as const, caseId: null }
  return {
    visitId: existing._id,
    duplicate: true,
    period: existing.period,
    firstOfPeriod,
    syncedLate: existing.syncedLate,
    monitorCase,
  }
}

async function kindAtVisit(ctx: Ctx, household: HouseholdDoc): Promise<KindAtVisit> {
  const policy = await loadVisitPolicy(ctx.db, placeIds(household.unitPath).countyId)
  return { kind: kindOf(household).kind, periods: kindPeriodsOf(policy) }
}

/** Stores a visit once per client id; the period is that of the device's start time (offline visits count when made). */
export const submitVisit: Handler<'visit', 'submitVisit'> = async (input, ctx) => {
  const me = ctx.caller.person
  const existing = await findVisitByClientId(ctx.db, input.clientId)
  if (existing) return answerResend(ctx, existing, me._id)
  const household = await loadHousehold(ctx.db, input.householdId)
  requireVisit(standingOn(ctx.caller, household.unitPath, household.pairingCadreIds))
  const startedAt = new Date(input.startedAt)
  const endedAt = new Date(input.endedAt)
  const time = judgeVisitTime(startedAt, endedAt, ctx.now)
  if (!time.ok) throw new AppError('failed-precondition', time.message)
  const place = placeIds(household.unitPath)
  const [policy, village] = await Promise.all([
    loadVisitPolicy(ctx.db, place.countyId),
    loadUnit(ctx.db, place.villageId),
  ])
  const id = `v-${input.clientId}`
  const visit: VisitDoc = {
    _id: id,
    clientId: input.clientId,
    householdId: household._id,
    headName: household.headName,
    villageId: place.villageId,
    villageName: village.name,
    townshipId: place.townshipId,
    countyId: place.countyId,
    path: household.unitPath,
    pairingCadreIds: household.pairingCadreIds,
    authorId: me._id,
    authorName: me.name,
    period: periodOf(policy, startedAt),
    month: shanghaiMonth(startedAt),
    startedAt,
    endedAt,
    receivedAt: ctx.now,
    syncedLate: time.syncedLate,
    counted: false,
    startLocation: input.startLocation,
    endLocation: input.endLocation,
    formVersion: input.formVersion,
    form: input.form,
    version: 1,
    status: 'submitted',
    photoCount: input.photoCount,
    photos: [],
    shared: false,
    sharedAt: null,
    reviews: [],
    followUps: [],
    monitorCaseId: null,
    updatedAt: ctx.now,
  }
  const first: VisitVersionDoc = {
    _id: `${id}-v1`,
    visitId: id,
    version: 1,
    form: input.form,
    formVersion: input.formVersion,
    at: ctx.now,
    byId: me._id,
    byName: me.name,
    reason: '',
    clientId: input.clientId,
  }
  if (!(await insertVisit(ctx.db, visit, first))) {
    const raced = await findVisitByClientId(ctx.db, input.clientId)
    if (raced) return answerResend(ctx, raced, me._id)
  }
  const firstOfPeriod = await countVisit(ctx.db, visit, {
    kind: kindOf(household).kind,
    periods: kindPeriodsOf(policy),
  })
  await noteVisitIncome(ctx.db, visit, household)
  const monitorCase = await startCaseFromVisit(ctx.db, ctx.now, visit, household, ctx.requestId)
  await writeAudit(
    ctx,
    'visit',
    id,
    `走访 ${village.name} ${household.headName}户（${visit.period}）${monitorCase.caseId ? `，发起监测识别 ${monitorCase.caseId}` : ''}`,
  )
  return {
    visitId: id,
    duplicate: false,
    period: visit.period,
    firstOfPeriod,
    syncedLate: time.syncedLate,
    monitorCase,
  }
}
