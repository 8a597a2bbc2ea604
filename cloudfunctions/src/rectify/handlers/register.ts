import { AppError } from '@contract/errors'
import { RECT_STATE_LABELS } from '@contract/domain/rectification'
import { MISSING_BEFORE_PHOTO, beforePhotosRequired } from '@contract/domain/rectification-evidence-rules'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { mayRegisterIn } from '../access'
import type { RectEventDoc, RectItemDoc } from '../docs'
import { newItemId, placeOf, requireFutureDay, requireResponsible, trailLine } from '../item-factory'
import { locationOrNull, receivePhotos } from '../photos'
import { bindEvidence, withEvidence } from '../evidence-binding'
import { insertRegistered } from '../repo-events'

export const register: Handler<'rectify', 'register'> = async (input, ctx) => {
  const me = ctx.caller.person
  const place = await placeOf(ctx.db, input.villageId)
  const may = mayRegisterIn(ctx.caller, place.village.path)
  if (may === 'none') throw new AppError('permission-denied', '该村不在您的管辖范围内')
  // The village team registers what it finds itself: in a self-check or on a household visit.
  if (may === 'self_check' && input.source !== 'self_check' && input.source !== 'visit')
    throw new AppError('permission-denied', '村干部只能登记本村自查或走访发现的问题')
  if (beforePhotosRequired(input.category, input.foundIn) && input.beforePhotos.length === 0) {
    throw new AppError('invalid-argument', MISSING_BEFORE_PHOTO, { field: 'beforePhotos' })
  }
  const responsible = await requireResponsible(ctx.db, input.responsiblePersonId, place.village._id)
  const deadlineAt = requireFutureDay(input.deadline, ctx.now, 'deadline')
  const id = newItemId()
  const bound = await bindEvidence(
    ctx,
    { _id: id, path: place.village.path, beforePhotos: [], dispatchedAt: null },
    input.beforePhotos,
    'before',
    'beforePhotos',
  )
  const beforePhotos = receivePhotos(input.beforePhotos, ctx.now, bound.uploads)
  const item: RectItemDoc = {
    _id: id,
    source: input.source,
    category: input.category,
    countyId: place.countyId,
    townshipId: place.township._id,
    villageId: place.village._id,
    path: place.village.path,
    villageName: place.village.name,
    townshipName: place.township.name,
    problem: input.problem,
    target: input.target,
    measures: input.measures,
    responsibleUnit: input.responsibleUnit,
    responsiblePersonId: responsible._id,
    responsibleName: responsible.name,
    deadline: input.deadline,
    deadlineAt,
    originalDeadline: null,
    state: 'registered',
    version: 0,
    registeredById: me._id,
    registeredByName: me.name,
    registeredAt: ctx.now,
    dispatchedAt: null,
    signDueAt: null,
    signedAt: null,
    beforePhotos,
    afterPhotos: [],
    afterFar: false,
    foundIn: input.foundIn,
    afterFiles: [],
    siteConfirmation: null,
    closeDescription: null,
    extensionRequest: null,
    disputeReason: null,
    reviewerId: null,
    reviewerName: null,
    reviewComment: null,
    closedAt: null,
    withdrawReason: null,
    overdueStruck: false,
    trail: [trailLine(ctx.now, '挂号', me.name, '')],
    updatedAt: ctx.now,
  }
  const event: RectEventDoc = {
    _id: `${id}-v0`,
    itemId: id,
    townshipId: item.townshipId,
    villageId: item.villageId,
    action: 'register',
    from: null,
    to: 'registered',
    actorId: me._id,
    actorName: me.name,
    at: ctx.now,
    comment: '',
    location: locationOrNull(input.location),
    photos: beforePhotos,
    strikePersonId: null,
    version: 0,
  }
  await withEvidence(ctx, id, bound, () => insertRegistered(ctx.db, item, event))
  await writeAudit(ctx, 'rectify_item', id, `挂号：${place.village.name} ${input.problem.slice(0, 50)}`)
  return { id, state: item.state, stateLabel: RECT_STATE_LABELS[item.state], version: 0 }
}
