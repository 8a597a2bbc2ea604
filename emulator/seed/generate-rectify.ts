import type { RectState } from '../../types/domain/rectification'
import { RECT_FLOW, type RectAction } from '../../types/domain/rectification-flow'
import {
  addWorkingDays,
  endOfShanghaiDay,
  shanghaiDay,
  shanghaiMonth,
} from '../../types/domain/rectification-clock'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import type { SeedSet } from './seed-files'

export type Step = [
  action: RectAction,
  who: 'sup' | 'sec' | 'mem' | 'vil' | 'admin',
  at: string,
  comment?: string,
  patch?: SeedDoc,
]
export interface Spec {
  key: string
  source: string
  category: string
  problem: string
  measures: string
  registrar: 'sup' | 'vil'
  responsible: 'sec' | 'mem'
  at: string
  deadline: string
  steps: Step[]
}

const photo = (name: string, at: string, lat: number, lng: number) => ({
  fileID: `cloud://local.zhucun-local/rectify/seed/${name}.jpg`,
  at: new Date(at),
  deviceAt: new Date(at),
  location: { lat, lng, accuracy: 15 },
  nearestM: null,
  far: false,
})

/** Six items of 瓦店镇's first village, one per typical state; dates lead up to the demo's 2026-11-20. */
export const SPECS: Spec[] = [
  {
    key: 'a',
    source: 'spot_check',
    category: 'party_building',
    problem: '党群服务中心值班表未公示',
    measures: '制定值班表并上墙公示',
    registrar: 'sup',
    responsible: 'sec',
    at: '2026-11-16T02:00:00Z',
    deadline: '2026-12-10',
    steps: [],
  },
  {
    key: 'b',
    source: 'inspection',
    category: 'presence',
    problem: '驻村工作队工作日志记录不全',
    measures: '补记日志，每周由第一书记审核',
    registrar: 'sup',
    responsible: 'mem',
    at: '2026-11-17T02:00:00Z',
    deadline: '2026-12-05',
    steps: [['dispatch', 'sup', '2026-11-17T02:10:00Z']],
  },
  {
    key: 'c',
    source: 'visit',
    category: 'policy',
    problem: '脱贫户危房改造进度滞后，雨季前未完工',
    measures: '协调施工队，限期完工并验收',
    registrar: 'sup',
    responsible: 'sec',
    at: '2026-11-02T02:00:00Z',
    deadline: '2026-11-17',
    steps: [
      ['dispatch', 'sup', '2026-11-02T02:30:00Z'],
      ['sign', 'sec', '2026-11-02T06:00:00Z'],
      ['start', 'sec', '2026-11-03T01:00:00Z', '已联系施工队'],
    ],
  },
  {
    key: 'd',
    source: 'self_check',
    category: 'infrastructure',
    problem: '村务公开栏内容未及时更新',
    measures: '更新三季度村务、财务公开内容',
    registrar: 'vil',
    responsible: 'sec',
    at: '2026-11-09T02:00:00Z',
    deadline: '2026-11-30',
    steps: [
      ['dispatch', 'vil', '2026-11-09T02:05:00Z'],
      ['sign', 'sec', '2026-11-09T03:00:00Z'],
      ['applyClose', 'sec', '2026-11-18T03:00:00Z', '已更新全部公开内容', { after: true }],
    ],
  },
  {
    key: 'e',
    source: 'notice_objection',
    category: 'policy',
    problem: '低保评议公示期间群众异议：评议程序不规范',
    measures: '重新召开评议会并公示会议记录',
    registrar: 'sup',
    responsible: 'mem',
    at: '2026-10-20T02:00:00Z',
    deadline: '2026-11-10',
    steps: [
      ['dispatch', 'sup', '2026-10-20T02:10:00Z'],
      ['sign', 'mem', '2026-10-20T08:00:00Z'],
      ['applyClose', 'mem', '2026-10-28T03:00:00Z', '已重新评议', { after: true }],
      ['startReview', 'sup', '2026-10-29T02:00:00Z'],
      ['reject', 'sup', '2026-10-29T02:30:00Z', '缺少会议记录照片', { strike: true }],
      ['applyClose', 'mem', '2026-11-05T03:00:00Z', '补充会议记录并公示', { after: true }],
      ['startReview', 'sup', '2026-11-06T02:00:00Z'],
      ['close', 'sup', '2026-11-06T03:00:00Z', '现场核实，材料齐全'],
    ],
  },
  {
    key: 'f',
    source: 'inspection',
    category: 'other',
    problem: '重复登记的问题',
    measures: '—',
    registrar: 'sup',
    responsible: 'sec',
    at: '2026-11-11T02:00:00Z',
    deadline: '2026-12-31',
    steps: [['withdraw', 'sup', '2026-11-11T03:00:00Z', '与已登记事项重复']],
  },
]

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

/** Adds demo rectification items (and their events, an escalation and stats counters) to a seed. */
export function addRectify(org: GeneratedOrg, set: SeedSet): SeedSet {
  const village = org.villages[0]
  if (!village) return set
  const byOpenid = (openid: string) => org.people.find((p) => p.openid === openid)!
  const ctx: RectSeedContext = {
    village,
    unit: org.units.find((u) => u._id === village.id)!,
    township: org.units.find((u) => u._id === village.townshipId)!,
    who: {
      sup: byOpenid('demo-supervisor'),
      sec: byOpenid('demo-secretary'),
      mem: byOpenid('demo-member'),
      vil: byOpenid('demo-village'),
      admin: byOpenid('demo-admin'),
    },
    items: [],
    events: [],
    escalations: [],
    stats: new Map((set.stats_village_month ?? []).map((d) => [String(d._id), { ...d }])),
  }
  for (const spec of SPECS) seedRectItem(spec, `rect-seed-${spec.key}`, ctx)
  return {
    ...set,
    stats_village_month: [...ctx.stats.values()],
    rectify_items: ctx.items,
    rectify_events: ctx.events,
    escalations: ctx.escalations,
  }
}
