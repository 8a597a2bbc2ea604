import { AppError } from '@contract/errors'
import { coordKey, judgeFence, toWgs84 } from '@contract/domain/presence-geo'
import { judgeCaptureTime } from '@contract/domain/presence-capture'
import {
  SLOT_LABELS,
  shanghaiClock,
  shanghaiDay,
  shanghaiMonth,
  slotOf,
} from '@contract/domain/presence-time'
import type { CheckInResult } from '@contract/api/presence-views'
import type { Handler, InputOf } from '../../shared/handler'
import { bindUploads } from '../../shared/upload-binding'
import type { SignedInContext } from '../../shared/context'
import { bumpStats } from '../../shared/stats'
import { writeAudit } from '../../shared/audit'
import type { CheckInDoc, StoredCheckInDoc } from '../docs'
import { callerVillage, centerOf } from '../org'
import { countyIdOrThrow, townshipIdOrThrow } from '../../shared/org-tree'
import { DEFAULT_PRESENCE_RADIUS_M } from '@contract/domain/org-unit'
import { findCheckInById, insertCheckIn } from '../repo-checkins'
import { applyCheckInToDay } from '../repo-days'
import { getPresenceDay } from '../../shared/presence-days'
import { presenceRulesAt } from '../../shared/presence-policy'
import { gatherSigns } from '../check-in-signs'

function resultOf(
  doc: StoredCheckInDoc,
  dayCounted: boolean,
  duplicate: boolean,
  message = doc.message,
): CheckInResult {
  return {
    checkInId: doc._id,
    counted: doc.counted,
    message,
    distanceM: doc.distanceM,
    day: doc.day,
    slot: doc.slot,
    slotLabel: SLOT_LABELS[doc.slot],
    syncedLate: doc.syncedLate,
    duplicate,
    dayCounted,
    signs: doc.signs,
  }
}

/** The stored id of a capture: the client's UUID, so a resend cannot be stored twice. */
export const checkInIdOf = (clientId: string): string => `ci-${clientId}`

/**
 * A capture already stored (the offline queue resending after a lost answer) is answered with what
 * was decided the first time; null when this capture is new. Only asked when the fresh path cannot
 * go on (a refusal or a duplicate id), so a first send pays nothing for it.
 */
async function storedAnswer(ctx: SignedInContext, clientId: string): Promise<CheckInResult | null> {
  const existing = await findCheckInById(ctx.db, checkInIdOf(clientId))
  if (!existing) return null
  if (existing.personId !== ctx.caller.person._id)
    throw new AppError('conflict', '该签到编号已被使用，请重新签到')
  const day = await getPresenceDay(ctx.db, existing.personId, existing.day)
  return resultOf(existing, day?.counted ?? false, true)
}

/**
 * One tap, judged here: place (distance minus accuracy within the radius, in wgs84), time (server
 * clock, or the device time of an offline capture), one counted record per half-day slot.
 */
export const checkIn: Handler<'presence', 'checkIn'> = async (input, ctx) => {
  try {
    return await judgeAndStore(input, ctx)
  } catch (err) {
    // A resend of a stored capture must get its first answer even if, say, its week has now passed.
    if (err instanceof AppError && err.code !== 'conflict') {
      const stored = await storedAnswer(ctx, input.clientId)
      if (stored) return stored
    }
    throw err
  }
}

async function judgeAndStore(
  input: InputOf<'presence', 'checkIn'>,
  ctx: SignedInContext,
): Promise<CheckInResult> {
  const person = ctx.caller.person
  const id = checkInIdOf(input.clientId)
  const village = await callerVillage(ctx, input.villageId)
  const center = centerOf(village)
  if (!center) throw new AppError('failed-precondition', '该村尚未设置村部位置，请联系组织部')
  const time = judgeCaptureTime(new Date(input.capturedAt), ctx.now)
  if (!time.ok) throw new AppError('failed-precondition', time.message)
  const day = shanghaiDay(time.at)
  const slot = slotOf(time.at)
  const countyId = countyIdOrThrow(village)
  const [rules, presenceDay] = await Promise.all([
    presenceRulesAt(ctx.db, village),
    getPresenceDay(ctx.db, person._id, day),
  ])
  const takenBy = presenceDay?.slots[slot]
  if (takenBy) {
    const first = await findCheckInById(ctx.db, takenBy)
    // The slot's own capture sent again: its first answer, word for word.
    if (first && takenBy === id) return resultOf(first, presenceDay.counted, true)
    const msg = `${day.slice(5)} ${SLOT_LABELS[slot]}已于 ${first ? shanghaiClock(new Date(first.at)) : '此前'} 签到并计入，无需重复签到`
    if (first) return resultOf(first, presenceDay.counted, true, msg)
  }
  const point = toWgs84({ lat: input.lat, lng: input.lng }, input.coordType)
  const fence = judgeFence(point, input.accuracy, center, village.radiusM ?? DEFAULT_PRESENCE_RADIUS_M)
  const photoMissing = rules.photoRequired && !input.photoFileId
  const counted = fence.inside && !photoMissing
  const message = photoMissing
    ? `${fence.message.replace(/，已计入在村$/, '')}，但本县要求签到附现场照片，本次未附照片，未计入在村`
    : fence.message
  const key = coordKey(point)
  // An uncounted attempt is not presence: nothing about it is worth checking against the person.
  const signs = counted
    ? await gatherSigns(ctx.db, {
        personId: person._id,
        day,
        at: time.at,
        point,
        coordKey: key,
        accuracy: input.accuracy,
        deviceId: input.deviceId,
      })
    : []
  const doc: CheckInDoc = {
    _id: id,
    clientId: input.clientId,
    personId: person._id,
    villageId: village._id,
    townshipId: townshipIdOrThrow(village),
    countyId,
    day,
    month: shanghaiMonth(time.at),
    slot,
    at: time.at,
    capturedAt: new Date(input.capturedAt),
    receivedAt: ctx.now,
    syncedLate: time.syncedLate,
    coordType: input.coordType,
    lat: input.lat,
    lng: input.lng,
    accuracy: input.accuracy,
    wgsLat: point.lat,
    wgsLng: point.lng,
    coordKey: key,
    distanceM: fence.distanceM,
    counted,
    message: time.syncedLate ? `${message}（离线记录，延迟同步）` : message,
    photoFileId: input.photoFileId ?? null,
    deviceId: input.deviceId,
    signs,
    rawFix: true,
  }
  // The photo must be the caller's own check-in upload and serve this capture only.
  if (input.photoFileId)
    await bindUploads(ctx, [input.photoFileId], {
      purposes: ['check-in'],
      recordId: id,
      path: village.path,
      field: 'photoFileId',
    })
  if (!(await insertCheckIn(ctx.db, doc))) {
    const stored = await storedAnswer(ctx, input.clientId)
    if (stored) return stored
    throw new AppError('conflict', '该签到编号已被使用，请重新签到')
  }
  const applied = await applyCheckInToDay(ctx.db, doc, rules.checkInsPerDay, presenceDay)
  if (counted) {
    await bumpStats(
      ctx.db,
      'stats_village_month',
      `${village._id}_${doc.month}`,
      { villageId: village._id, townshipId: doc.townshipId, month: doc.month },
      {
        presenceDays: applied.firstCounts ? 1 : 0,
        checkIns: 1,
      },
    )
    // Per-cadre days for the report dashboard's "at or above the required days", once per day.
    if (applied.firstCounts) {
      await bumpStats(
        ctx.db,
        'presence_months',
        `${person._id}_${doc.month}`,
        {
          personId: person._id,
          villageId: village._id,
          townshipId: doc.townshipId,
          countyId,
          month: doc.month,
        },
        { days: 1 },
      )
    }
  }
  await writeAudit(
    ctx,
    'presence_checkin',
    doc._id,
    `${day} ${SLOT_LABELS[slot]}签到：${counted ? '计入' : '未计入'}，${fence.distanceM} 米`,
  )
  return resultOf(doc, applied.counted, false)
}
