import { randomBytes } from 'node:crypto'
import { AppError } from '@contract/errors'
import { excusedRange, ratingSuggestion } from '@contract/domain/presence'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { bindUploads } from '../../shared/upload-binding'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { refuseSelfDecision } from '../../shared/self-decision'
import { loadUnit } from '../../shared/org-units'
import { townshipIdOrThrow } from '../../shared/org-tree'
import { leavesOfVillagesFrom } from '../../shared/presence-leaves'
import { cadresOfVillages } from '../../shared/presence-roster'
import { insertSpotCheck } from '../repo-spot'
import { insertAbsences, unexcusedSince } from '../../shared/presence-absences'

/**
 * 暗访: who was found, who was not. An absence without approved leave goes on the cadre's record with
 * the rule's suggestion (1: 不能评为优秀, 2: 基本称职, 3+: 不称职) for a person to confirm.
 */
export const recordSpotCheck: Handler<'presence', 'recordSpotCheck'> = async (input, ctx) => {
  const village = await loadUnit(ctx.db, input.villageId)
  if (village.level !== 'village')
    throw new AppError('invalid-argument', '暗访对象须为行政村', { field: 'villageId' })
  requireInScope(village.path, scopeUnitIds(ctx.caller, ['supervisor', 'township_leader']))
  // Finding oneself present (or anyone's absence while listed) is not for the one found.
  refuseSelfDecision(
    ctx.caller,
    { personIds: [...input.presentIds, ...input.absentIds] },
    '暗访',
    ctx.requestId,
  )
  if (input.presentIds.some((id) => input.absentIds.includes(id)))
    throw new AppError('invalid-argument', '同一人不能既在岗又不在岗')
  const today = shanghaiDay(ctx.now)
  const [cadres, leaves] = await Promise.all([
    cadresOfVillages(ctx.db, [village._id]),
    leavesOfVillagesFrom(ctx.db, [village._id], today),
  ])
  const names = new Map(cadres.map((c) => [c.person._id, c.person.name]))
  const stranger = [...input.presentIds, ...input.absentIds].find((id) => !names.has(id))
  if (stranger)
    throw new AppError('invalid-argument', '名单中有不属于该村驻村工作队的人员', { field: 'absentIds' })
  const excused = new Set(
    leaves
      .filter((l) => {
        const r = excusedRange(l)
        return r !== null && r.start <= today && today <= r.end
      })
      .map((l) => l.personId),
  )
  const person = ctx.caller.person
  const townshipId = townshipIdOrThrow(village)
  const id = `sc-${randomBytes(10).toString('hex')}`
  await bindUploads(ctx, input.photoFileIds, {
    purposes: ['spot-check'],
    recordId: id,
    path: village.path,
    field: 'photoFileIds',
  })
  const spotCheckId = await insertSpotCheck(ctx.db, {
    _id: id,
    villageId: village._id,
    townshipId,
    day: today,
    at: ctx.now,
    byId: person._id,
    byName: person.name,
    presentIds: input.presentIds,
    absentIds: input.absentIds,
    note: input.note,
    photoFileIds: input.photoFileIds,
  })
  await insertAbsences(
    ctx.db,
    input.absentIds.map((personId) => ({
      _id: `ab-${spotCheckId}-${personId}`,
      spotCheckId,
      personId,
      villageId: village._id,
      townshipId,
      day: today,
      month: today.slice(0, 7),
      excused: excused.has(personId),
    })),
  )
  const absences = await Promise.all(
    input.absentIds.map(async (personId) => {
      const count = (await unexcusedSince(ctx.db, personId, `${today.slice(0, 4)}-01-01`)).length
      return {
        personId,
        name: names.get(personId) ?? '',
        excused: excused.has(personId),
        unexcusedThisYear: count,
        suggestion: ratingSuggestion(count),
      }
    }),
  )
  await writeAudit(
    ctx,
    'presence_spot_check',
    spotCheckId,
    `暗访 ${village.name}：在岗 ${input.presentIds.length} 人，不在岗 ${input.absentIds.length} 人`,
  )
  return { spotCheckId, absences }
}
