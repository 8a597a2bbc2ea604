import type { RunningCloud } from '../../helpers/local-cloud'
import type { RectState } from '../../../types/domain/rectification'
import type { RectAction } from '../../../types/domain/rectification-flow'
import type { UploadPurpose } from '../../../types/domain/upload'
import { uploadAs } from '../../helpers/uploads'

export const VILLAGE = 'u-411302100200'
export const VILLAGE_B = 'u-411302101200'
/** Where the test photos are taken (each call uploads a fresh file: a file serves one item only). */
export const BEFORE = { location: { lat: 33.0, lng: 112.5, accuracy: 10 } }
export const AFTER_NEAR = { location: { lat: 33.0005, lng: 112.5, accuracy: 10 } }
/** About 330 m north of the before-photo. */
export const AFTER_FAR = { location: { lat: 33.003, lng: 112.5, accuracy: 10 } }

export interface PhotoIn {
  fileID: string
  location?: { lat: number; lng: number; accuracy: number; coordType?: 'gcj02' | 'wgs84' }
  takenAt?: string
}

/** A photo as the app sends it: uploaded and registered by `openid` for `purpose`, at the spot given. */
export async function photo(
  run: RunningCloud,
  openid: string,
  purpose: UploadPurpose,
  spot: Omit<PhotoIn, 'fileID'> = BEFORE,
  now?: string,
): Promise<PhotoIn> {
  return { ...spot, fileID: await uploadAs(run, openid, purpose, { now }) }
}

export interface Ok<T> {
  ok: true
  data: T
}
export interface Err {
  ok: false
  error: { code: string; message: string; field?: string }
}
export type Env<T> = Ok<T> | Err
export interface StepOut {
  id: string
  state: RectState
  version: number
}

/** Calls rectify as a demo identity, optionally at a pinned instant. */
export function rectify<T = StepOut>(
  run: RunningCloud,
  action: string,
  input: unknown,
  openid: string,
  now?: string,
): Promise<Env<T>> {
  return run.cloud.call('rectify', action, input, openid, now ? { ZHUCUN_NOW: now } : undefined) as Promise<
    Env<T>
  >
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

/** A register input whose before-photo was uploaded by `o.registrar` (default demo-supervisor). */
export async function registerInputFor(
  run: RunningCloud,
  o: ItemOpts = {},
  uploader = o.registrar ?? 'demo-supervisor',
): Promise<Record<string, unknown>> {
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
    beforePhotos: [await photo(run, uploader, 'rectify-before', BEFORE, o.now)],
  }
}

export async function registerItem(run: RunningCloud, o: ItemOpts = {}): Promise<StepOut> {
  return expectOk(
    await rectify(run, 'register', await registerInputFor(run, o), o.registrar ?? 'demo-supervisor', o.now),
  )
}

/** A valid input for each action, given the item and the version the caller saw; photos are `actor`'s own. */
export async function inputFor(
  action: RectAction,
  itemId: string,
  version: number,
  run: RunningCloud,
  actor: string,
  now?: string,
): Promise<Record<string, unknown>> {
  const base = { itemId, version }
  switch (action) {
    case 'applyClose':
      return {
        ...base,
        description: '已补足在村天数',
        afterPhotos: [await photo(run, actor, 'rectify-after', AFTER_NEAR, now)],
      }
    case 'close':
      return { ...base, comment: '现场核实，整改到位' }
    case 'reject':
    case 'rejectExtension':
    case 'dispute':
    case 'withdraw':
      return { ...base, comment: '理由说明' }
    case 'requestExtension':
      return { ...base, comment: '需要更多时间', deadline: '2099-01-31' }
    case 'reassign':
      return { ...base, comment: '由队员负责', responsiblePersonId: personIdOf(run, 'demo-member') }
    default:
      return base
  }
}

/** The actions (by whom) that bring a fresh item to each state. */
const PATHS: Record<RectState, Array<[RectAction, string]>> = {
  registered: [],
  dispatched: [['dispatch', 'demo-supervisor']],
  signed: [
    ['dispatch', 'demo-supervisor'],
    ['sign', 'demo-secretary'],
  ],
  in_progress: [
    ['dispatch', 'demo-supervisor'],
    ['sign', 'demo-secretary'],
    ['start', 'demo-secretary'],
  ],
  extension_requested: [
    ['dispatch', 'demo-supervisor'],
    ['sign', 'demo-secretary'],
    ['requestExtension', 'demo-secretary'],
  ],
  disputed: [
    ['dispatch', 'demo-supervisor'],
    ['dispute', 'demo-secretary'],
  ],
  close_requested: [
    ['dispatch', 'demo-supervisor'],
    ['sign', 'demo-secretary'],
    ['applyClose', 'demo-secretary'],
  ],
  reviewing: [
    ['dispatch', 'demo-supervisor'],
    ['sign', 'demo-secretary'],
    ['applyClose', 'demo-secretary'],
    ['startReview', 'demo-supervisor'],
  ],
  closed: [
    ['dispatch', 'demo-supervisor'],
    ['sign', 'demo-secretary'],
    ['applyClose', 'demo-secretary'],
    ['startReview', 'demo-supervisor'],
    ['close', 'demo-supervisor'],
  ],
  withdrawn: [['withdraw', 'demo-supervisor']],
}

export async function itemIn(run: RunningCloud, state: RectState, o: ItemOpts = {}): Promise<StepOut> {
  let item = await registerItem(run, o)
  for (const [action, who] of PATHS[state]) {
    const actor = who === 'demo-supervisor' ? (o.registrar ?? who) : (o.responsible ?? who)
    item = expectOk(
      await rectify(
        run,
        action,
        await inputFor(action, item.id, item.version, run, actor, o.now),
        actor,
        o.now,
      ),
    )
  }
  return item
}
