import type { RectState } from '../../types/domain/rectification'
import { RECT_FLOW } from '../../types/domain/rectification-flow'
import {
  addWorkingDays,
  endOfShanghaiDay,
  shanghaiDay,
  shanghaiMonth,
} from '../../types/domain/rectification-clock'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import type { Spec, Step } from './generate-rectify-specs'

const photo = (name: string, at: string, lat: number, lng: number) => ({
  fileID: `cloud://local.zhucun-local/rectify/seed/${name}.jpg`,
  at: new Date(at),
  deviceAt: new Date(at),
  location: { lat, lng, accuracy: 15 },
  nearestM: null,
  far: false,
})

export interface RectSeedContext {
  village: GeneratedOrg['villages'][number]
  unit: SeedDoc
  township: SeedDoc
  who: Record<Spec['registrar'] | Step[1] | Spec['responsible'], SeedDoc>
  items: SeedDoc[]
  events: SeedDoc[]
  escalations: SeedDoc[]
  stats: Map<string, SeedDoc>
}

/** Plays one spec's steps onto a new item, as the rectify function would have recorded them. */
export function seedRectItem(spec: Spec, id: string, ctx: RectSeedContext): void {
  const { village, unit, township, who, events, escalations, stats } = ctx
  const bump = (at: Date, deltas: Record<string, number>) => {
    const month = shanghaiMonth(at)
    const sid = `${village.id}_${month}`
    const doc = stats.get(sid) ?? { _id: sid, villageId: village.id, townshipId: village.townshipId, month }
    for (const [k, v] of Object.entries(deltas)) doc[k] = (Number(doc[k]) || 0) + v
    stats.set(sid, doc)
  }
  const registrar = who[spec.registrar]
  const responsible = who[spec.responsible]
  const at = new Date(spec.at)
  const before = [photo(`${spec.key}-before`, spec.at, village.lat + 0.0004, village.lng)]
  const item: SeedDoc = {
    _id: id,
    source: spec.source,
    category: spec.category,
    countyId: village.countyId,
    townshipId: village.townshipId,
    villageId: village.id,
    path: unit.path,
    villageName: village.name,
    townshipName: township.name,
    problem: spec.problem,
    target: '问题整改到位，群众满意',
    measures: spec.measures,
    responsibleUnit: `${village.name}驻村工作队`,
    responsiblePersonId: responsible._id,
    responsibleName: responsible.name,
    deadline: spec.deadline,
    deadlineAt: endOfShanghaiDay(spec.deadline),
    originalDeadline: null,
    state: 'registered',
    version: 0,
    registeredById: registrar._id,
    registeredByName: registrar.name,
    registeredAt: at,
    dispatchedAt: null,
    signDueAt: null,
    signedAt: null,
    beforePhotos: before,
    afterPhotos: [],
    afterFar: false,
    closeDescription: null,
    extensionRequest: null,
    disputeReason: null,
    reviewerId: null,
    reviewerName: null,
    reviewComment: null,
    closedAt: null,
    withdrawReason: null,
    overdueStruck: false,
    trail: [`${shanghaiDay(at)} 挂号 ${registrar.name}`],
    updatedAt: at,
  }
  const event = (
    action: string,
    from: RectState | null,
    to: RectState,
    actor: SeedDoc,
    when: Date,
    comment: string,
    photos: unknown[],
    strike: boolean,
  ) => ({
    _id: `${id}-v${item.version}`,
    itemId: id,
    townshipId: village.townshipId,
    villageId: village.id,
    action,
    from,
    to,
    actorId: actor._id,
    actorName: actor.name,
    at: when,
    comment,
    location: null,
    photos,
    strikePersonId: strike ? responsible._id : null,
    version: item.version,
  })
  events.push(event('register', null, 'registered', registrar, at, '', before, false))
  for (const [action, actorKey, when, comment = '', patch = {}] of spec.steps) {
    const actor = who[actorKey]
    const t = new Date(when)
    const from = item.state as RectState
    const after = patch.after
      ? [photo(`${spec.key}-after-${item.version}`, when, village.lat + 0.0005, village.lng + 0.0002)]
      : []
    item.state = RECT_FLOW[action].to
    item.version = Number(item.version) + 1
    item.updatedAt = t
    ;(item.trail as string[]).push(
      `${shanghaiDay(t)} ${RECT_FLOW[action].label} ${actor.name}${comment ? `：${comment}` : ''}`,
    )
    if (action === 'dispatch') {
      Object.assign(item, { dispatchedAt: t, signDueAt: addWorkingDays(t, 1) })
      bump(t, { rectOpened: 1 })
    }
    if (action === 'sign') item.signedAt = t
    if (action === 'applyClose') Object.assign(item, { afterPhotos: after, closeDescription: comment })
    if (action === 'startReview' || action === 'reject')
      Object.assign(item, {
        reviewerId: actor._id,
        reviewerName: actor.name,
        reviewComment: action === 'reject' ? comment : null,
      })
    if (action === 'close') {
      Object.assign(item, { closedAt: t, reviewComment: comment })
      bump(t, {
        rectClosed: 1,
        rectCloseDays:
          Math.round(((t.getTime() - (item.dispatchedAt as Date).getTime()) / 86_400_000) * 10) / 10,
      })
    }
    if (action === 'withdraw') item.withdrawReason = comment
    const ev = event(action, from, item.state as RectState, actor, t, comment, after, patch.strike === true)
    events.push(ev)
    if (patch.strike) {
      escalations.push({
        _id: `esc-${ev._id}`,
        personId: responsible._id,
        personName: responsible.name,
        step: 'notice',
        strikeCount: 1,
        strikeKind: 'rejected',
        itemId: id,
        eventId: ev._id,
        countyId: item.countyId,
        townshipId: village.townshipId,
        villageId: village.id,
        villageName: village.name,
        itemProblem: spec.problem,
        status: 'pending',
        createdAt: t,
        decidedById: null,
        decidedByName: null,
        decidedAt: null,
        comment: null,
      })
    }
  }
  ctx.items.push(item)
}
