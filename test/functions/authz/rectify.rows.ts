import type { RunningCloud } from '../../helpers/local-cloud'
import type { RectState } from '../../../types/domain/rectification'
import type { RectAction } from '../../../types/domain/rectification-flow'
import { inputFor, itemIn, registerInputFor, VILLAGE } from '../rectify/helpers'
import type { AuthzRows, Identity } from './types'
import { ownEscalation, ownItem, proposalAbout } from './self-cases'

// The matrix runs on the real clock: keep every deadline far ahead of it.
const FAR = { deadline: '2098-12-31' }
/** Overseers of 瓦店镇's first village (demo-multi leads 瓦店镇). */
const OVERSEERS: Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']
/** Everyone holding a ledger role; pairing cadres and strangers do not. */
const LEDGER: Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-supervisor-b',
  'demo-township',
  'demo-township-b',
  'demo-secretary',
  'demo-secretary-b',
  'demo-member',
  'demo-village',
  'demo-multi',
]
const SUPERVISING: Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-supervisor-b',
  'demo-township',
  'demo-township-b',
  'demo-multi',
]
/** Who sees the first village: its overseers and its cadres. */
const IN_VILLAGE: Identity[] = [...OVERSEERS, 'demo-secretary', 'demo-member', 'demo-village']

/** A fresh item (registered by demo-supervisor for demo-secretary) in `state`, and the action's input. */
function on(state: RectState, action: RectAction, extra: Record<string, unknown> = {}) {
  return async (run: RunningCloud, identity: Identity) => {
    const item = await itemIn(run, state, FAR)
    return { ...(await inputFor(action, item.id, item.version, run, identity)), ...extra }
  }
}

async function escalationId(run: RunningCloud): Promise<{ escalationId: string; comment: string }> {
  return { escalationId: await proposalAbout(run, 'demo-secretary'), comment: '同意' }
}

export const rectifyRows: AuthzRows = {
  register: {
    // 督查 source: the village's own cadres may register only 自查 items, so they are refused here.
    input: async (run, identity) => ({
      ...(await registerInputFor(run, FAR, identity)),
      source: 'inspection',
    }),
    allowed: OVERSEERS,
  },
  dispatch: { input: on('registered', 'dispatch'), allowed: OVERSEERS },
  sign: { input: on('dispatched', 'sign'), allowed: ['demo-secretary'] },
  start: { input: on('signed', 'start'), allowed: ['demo-secretary'] },
  applyClose: { input: on('signed', 'applyClose'), allowed: ['demo-secretary'] },
  startReview: {
    input: on('close_requested', 'startReview'),
    allowed: OVERSEERS,
    self: ownItem('close_requested', 'startReview'),
  },
  close: { input: on('reviewing', 'close'), allowed: OVERSEERS, self: ownItem('reviewing', 'close') },
  reject: { input: on('reviewing', 'reject'), allowed: OVERSEERS, self: ownItem('reviewing', 'reject') },
  requestExtension: { input: on('signed', 'requestExtension'), allowed: ['demo-secretary'] },
  approveExtension: {
    input: on('extension_requested', 'approveExtension'),
    // Decided by the registrar (or an admin): the 州/市 supervisor registered nothing here.
    notMirrored: ['demo-pref-supervisor'],
    allowed: ['demo-supervisor'],
    self: ownItem('extension_requested', 'approveExtension', true),
  },
  rejectExtension: {
    input: on('extension_requested', 'rejectExtension'),
    // Decided by the registrar (or an admin): the 州/市 supervisor registered nothing here.
    notMirrored: ['demo-pref-supervisor'],
    allowed: ['demo-supervisor'],
    self: ownItem('extension_requested', 'rejectExtension', true),
  },
  dispute: { input: on('dispatched', 'dispute'), allowed: ['demo-secretary'] },
  reassign: {
    input: on('disputed', 'reassign'),
    allowed: ['demo-admin'],
    self: ownItem('disputed', 'reassign'),
  },
  withdraw: {
    input: on('registered', 'withdraw'),
    // Decided by the registrar (or an admin): the 州/市 supervisor registered nothing here.
    notMirrored: ['demo-pref-supervisor'],
    allowed: ['demo-admin', 'demo-supervisor'],
    self: ownItem('registered', 'withdraw'),
  },
  getItem: {
    input: async (run) => ({ itemId: (await itemIn(run, 'dispatched', FAR)).id }),
    allowed: IN_VILLAGE,
  },
  listMine: { input: () => ({}), allowed: [...LEDGER, 'demo-admin-b'] },
  listLedger: { input: () => ({ villageId: VILLAGE }), allowed: [...LEDGER, 'demo-admin-b'] },
  exportLedger: { input: () => ({ villageId: VILLAGE }), allowed: [...SUPERVISING, 'demo-admin-b'] },
  getRegisterOptions: { input: () => ({}), allowed: [...LEDGER, 'demo-admin-b'] },
  listResponsibles: { input: () => ({ villageId: VILLAGE }), allowed: IN_VILLAGE },
  listEscalations: { input: () => ({}), allowed: [...SUPERVISING, 'demo-admin-b'] },
  approveEscalation: { input: escalationId, allowed: ['demo-admin', 'demo-supervisor'], self: ownEscalation },
  dismissEscalation: { input: escalationId, allowed: ['demo-admin', 'demo-supervisor'], self: ownEscalation },
}
