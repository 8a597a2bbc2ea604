import type { RunningCloud } from '../../helpers/local-cloud'
import type { RectState } from '../../../types/domain/rectification'
import type { RectAction } from '../../../types/domain/rectification-flow'

export const VILLAGE = 'u-411302100200'
export const VILLAGE_B = 'u-411302101200'
export const BEFORE = { fileID: 'cloud://local.zhucun-local/rectify/test/before-1.jpg', location: { lat: 33.0, lng: 112.5, accuracy: 10 } }
export const AFTER_NEAR = { fileID: 'cloud://local.zhucun-local/rectify/test/after-1.jpg', location: { lat: 33.0005, lng: 112.5, accuracy: 10 } }
/** About 330 m north of the before-photo. */
export const AFTER_FAR = { fileID: 'cloud://local.zhucun-local/rectify/test/after-2.jpg', location: { lat: 33.003, lng: 112.5, accuracy: 10 } }

export interface Ok<T> { ok: true; data: T }
export interface Err { ok: false; error: { code: string; message: string; field?: string } }
export type Env<T> = Ok<T> | Err
export interface StepOut { id: string; state: RectState; version: number }

/** Calls rectify as a demo identity, optionally at a pinned instant. */
export function rectify<T = StepOut>(run: RunningCloud, action: string, input: unknown, openid: string, now?: string): Promise<Env<T>> {
  return run.cloud.call('rectify', action, input, openid, now ? { ZHUCUN_NOW: now } : undefined) as Promise<Env<T>>
}

export function expectOk<T>(res: Env<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.message}`)
  return res.data
}

export function personIdOf(run: RunningCloud, openid: string): string {
  return String(run.cloud.db.find('people', { openid })[0]._id)
}

export interface ItemOpts {
  registrar?: string
  responsible?: string
  source?: string
  deadline?: string
  now?: string
  villageId?: string
}

export function registerInputFor(run: RunningCloud, o: ItemOpts = {}): Record<string, unknown> {
  return {
    source: o.source ?? 'inspection',
    category: 'presence',
    villageId: o.villageId ?? VILLAGE,
    problem: '第一书记本月在村天数不足',
    target: '补足在村天数并说明情况',
    measures: '制定驻村计划，每周报告',
    responsibleUnit: '驻村工作队',
    responsiblePersonId: personIdOf(run, o.responsible ?? 'demo-secretary'),
    deadline: o.deadline ?? '2026-12-31',
    beforePhotos: [BEFORE],
  }
}

export async function registerItem(run: RunningCloud, o: ItemOpts = {}): Promise<StepOut> {
  return expectOk(await rectify(run, 'register', registerInputFor(run, o), o.registrar ?? 'demo-supervisor', o.now))
}

/** A valid input for each action, given the item and the version the caller saw. */
export function inputFor(action: RectAction, itemId: string, version: number, run: RunningCloud): Record<string, unknown> {
  const base = { itemId, version }
  switch (action) {
    case 'applyClose': return { ...base, description: '已补足在村天数', afterPhotos: [AFTER_NEAR] }
    case 'close': return { ...base, comment: '现场核实，整改到位' }
    case 'reject':
    case 'rejectExtension':
    case 'dispute':
    case 'withdraw': return { ...base, comment: '理由说明' }
    case 'requestExtension': return { ...base, comment: '需要更多时间', deadline: '2099-01-31' }
    case 'reassign': return { ...base, comment: '由队员负责', responsiblePersonId: personIdOf(run, 'demo-member') }
    default: return base
  }
}

/** The actions (by whom) that bring a fresh item to each state. */
const PATHS: Record<RectState, Array<[RectAction, string]>> = {
  registered: [],
  dispatched: [['dispatch', 'demo-supervisor']],
  signed: [['dispatch', 'demo-supervisor'], ['sign', 'demo-secretary']],
  in_progress: [['dispatch', 'demo-supervisor'], ['sign', 'demo-secretary'], ['start', 'demo-secretary']],
  extension_requested: [['dispatch', 'demo-supervisor'], ['sign', 'demo-secretary'], ['requestExtension', 'demo-secretary']],
  disputed: [['dispatch', 'demo-supervisor'], ['dispute', 'demo-secretary']],
  close_requested: [['dispatch', 'demo-supervisor'], ['sign', 'demo-secretary'], ['applyClose', 'demo-secretary']],
  reviewing: [['dispatch', 'demo-supervisor'], ['sign', 'demo-secretary'], ['applyClose', 'demo-secretary'], ['startReview', 'demo-supervisor']],
  closed: [['dispatch', 'demo-supervisor'], ['sign', 'demo-secretary'], ['applyClose', 'demo-secretary'], ['startReview', 'demo-supervisor'], ['close', 'demo-supervisor']],
  withdrawn: [['withdraw', 'demo-supervisor']],
}

export async function itemIn(run: RunningCloud, state: RectState, o: ItemOpts = {}): Promise<StepOut> {
  let item = await registerItem(run, o)
  for (const [action, who] of PATHS[state]) {
    const actor = who === 'demo-supervisor' ? o.registrar ?? who : o.responsible ?? who
    item = expectOk(await rectify(run, action, inputFor(action, item.id, item.version, run), actor, o.now))
  }
  return item
}
