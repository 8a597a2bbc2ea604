import { randomUUID } from 'node:crypto'
import { addDays, shanghaiDay } from '../../../types/domain/presence-time'
import type { RunningCloud } from '../../helpers/local-cloud'
import { ALL, type AuthzRows, type Identity } from './types'
import { leaderCadre } from './self-cases'

const VILLAGE = 'u-411302100200'
const TOWNSHIP = 'u-411302100'
// The matrix runs on the real clock: dates are relative to today in Shanghai.
const today = () => shanghaiDay(new Date())

const VILLAGE_PEOPLE: Identity[] = [
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-multi',
]
const OVERSEERS_OF_FIRST_VILLAGE: Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-township',
  'demo-multi',
]

function personId(run: RunningCloud, openid: string): string {
  return String(run.cloud.db.find('people', { openid })[0]._id)
}

async function leaveOf(
  run: RunningCloud,
  start: number,
  end: number,
  approve: boolean,
  openid = 'demo-secretary',
): Promise<string> {
  const input = {
    type: 'personal' as const,
    startDay: addDays(today(), start),
    endDay: addDays(today(), end),
    reason: '授权矩阵用',
  }
  const res = (await run.call('presence', 'requestLeave', input, openid)) as {
    ok: boolean
    data: { id: string }
  }
  if (!res.ok) throw new Error(`could not create a leave: ${JSON.stringify(res)}`)
  if (approve)
    await run.call('presence', 'decideLeave', { leaveId: res.data.id, decision: 'approved' }, 'demo-township')
  return res.data.id
}

// A fresh pending leave per call, each three days after the last, far from the other rows' dates.
let nextLeave = 100
const freshLeave = (run: RunningCloud, openid?: string) => {
  nextLeave += 3
  return leaveOf(run, nextLeave, nextLeave + 1, false, openid)
}

function absenceOf(run: RunningCloud, openid: string): string {
  const id = `ab-authz-${randomUUID()}`
  const day = today()
  run.cloud.db.insertMany('presence_absences', [
    {
      _id: id,
      spotCheckId: 'sc-authz',
      personId: personId(run, openid),
      villageId: VILLAGE,
      townshipId: TOWNSHIP,
      day,
      month: day.slice(0, 7),
      excused: false,
    },
  ])
  return id
}

// One leave per cloud and purpose: every identity is asked about the same one.
const memo = new WeakMap<RunningCloud, Map<string, Promise<string>>>()
function once(run: RunningCloud, key: string, make: () => Promise<string>): Promise<string> {
  const map = memo.get(run) ?? new Map<string, Promise<string>>()
  memo.set(run, map)
  if (!map.has(key)) map.set(key, make())
  return map.get(key)!
}

/** A township 述职评议 session of 瓦店镇, made once by its leader. */
function reviewSession(run: RunningCloud): Promise<string> {
  return once(run, 'review-session', async () => {
    const res = (await run.call(
      'presence',
      'createReviewSession',
      { level: 'township', unitId: TOWNSHIP, date: today(), title: '授权矩阵评议会', attendees: ['张三'] },
      'demo-township',
    )) as { ok: boolean; data?: { id: string } }
    if (!res.ok || !res.data) throw new Error('review session was not created')
    return res.data.id
  })
}

// A fresh day with a sign for `openid`, one day apart per call (each allowed call decides its own day).
let nextSignDay = 0
function signedDay(run: RunningCloud, openid: string): { personId: string; day: string } {
  nextSignDay += 1
  const day = addDays('2025-01-01', nextSignDay)
  const pid = personId(run, openid)
  run.cloud.db.insertMany('presence_days', [
    {
      _id: `${pid}_${day}`,
      personId: pid,
      villageId: VILLAGE,
      townshipId: TOWNSHIP,
      countyId: 'u-411302',
      day,
      month: day.slice(0, 7),
      slots: { am: null, pm: null },
      counted: true,
      attempts: 1,
      firstAt: null,
      syncedLate: false,
      signs: [{ kind: 'shared_device', reason: '授权矩阵用' }],
    },
  ])
  return { personId: pid, day }
}

export const presenceRows: AuthzRows = {
  checkIn: {
    input: () => ({
      clientId: randomUUID(),
      villageId: VILLAGE,
      lat: 33.2234,
      lng: 112.6526,
      accuracy: 20,
      coordType: 'wgs84',
      capturedAt: new Date().toISOString(),
      deviceId: 'authz-device-01',
    }),
    allowed: VILLAGE_PEOPLE,
  },
  getMonth: {
    input: (run) => ({ month: today().slice(0, 7), personId: personId(run, 'demo-secretary') }),
    allowed: ['demo-secretary', ...OVERSEERS_OF_FIRST_VILLAGE],
  },
  getToday: { input: () => ({ villageId: VILLAGE }), allowed: OVERSEERS_OF_FIRST_VILLAGE },
  requestLeave: {
    input: () => ({
      type: 'official',
      startDay: addDays(today(), 30),
      endDay: addDays(today(), 31),
      reason: '县里培训',
    }),
    allowed: [...VILLAGE_PEOPLE, 'demo-secretary-b'],
  },
  listLeaves: { input: () => ({ box: 'approve' }), allowed: ALL },
  decideLeave: {
    input: async (run) => ({ leaveId: await freshLeave(run), decision: 'approved', comment: '同意' }),
    allowed: ['demo-township', 'demo-multi'],
    // demo-multi leads 瓦店镇 (the approver of short leaves there) and pairs in its first village.
    self: async (run) => ({
      openid: 'demo-multi',
      input: { leaveId: await freshLeave(run, 'demo-multi'), decision: 'approved', comment: '同意' },
    }),
  },
  returnFromLeave: {
    input: async (run) => ({ leaveId: await once(run, 'return', () => leaveOf(run, -3, -2, true)) }),
    allowed: ['demo-secretary'],
  },
  saveWorkLog: {
    input: () => ({ day: today(), text: '授权矩阵日志' }),
    allowed: [...VILLAGE_PEOPLE, 'demo-secretary-b'],
  },
  getWorkLog: { input: () => ({ day: today() }), allowed: [...VILLAGE_PEOPLE, 'demo-secretary-b'] },
  getPolicy: { input: () => ({}), allowed: ALL },
  setPolicy: {
    input: () => ({ requiredDays: 20, checkInsPerDay: 1, photoRequired: false }),
    allowed: ['demo-admin', 'demo-admin-b'],
  },
  recordSpotCheck: {
    input: () => ({ villageId: VILLAGE, presentIds: [], absentIds: [] }),
    allowed: ['demo-supervisor', 'demo-township', 'demo-multi'],
    // A township leader on the village's own team may not find themselves present.
    self: (run) => {
      const me = leaderCadre(run)
      return { openid: me.openid, input: { villageId: VILLAGE, presentIds: [me.id], absentIds: [] } }
    },
  },
  listPendingAbsences: {
    input: () => ({}),
    allowed: [...OVERSEERS_OF_FIRST_VILLAGE, 'demo-supervisor-b', 'demo-township-b', 'demo-admin-b'],
  },
  confirmAbsence: {
    // A fresh undecided absence of the first village's 第一书记 for every identity.
    input: (run) => ({ absenceId: absenceOf(run, 'demo-secretary'), decision: 'confirmed', comment: '' }),
    allowed: ['demo-admin', 'demo-township', 'demo-multi'],
    self: (run) => ({
      openid: 'demo-multi',
      input: { absenceId: absenceOf(run, 'demo-multi'), decision: 'confirmed', comment: '' },
    }),
  },
  exportMonth: {
    input: () => ({ month: today().slice(0, 7), townshipId: TOWNSHIP }),
    allowed: OVERSEERS_OF_FIRST_VILLAGE,
  },
  explainSigns: {
    input: (run, identity) => ({
      day: signedDay(run, identity === 'o-stranger' ? 'demo-secretary' : identity).day,
      text: '当天与队员共用手机签到',
    }),
    allowed: ALL,
  },
  reviewSigns: {
    input: (run) => ({ ...signedDay(run, 'demo-secretary'), kept: false, comment: '已核实，系共用手机' }),
    allowed: OVERSEERS_OF_FIRST_VILLAGE,
    // demo-multi leads 瓦店镇 and pairs in its first village: never the reviewer of their own day.
    self: (run) => ({
      openid: 'demo-multi',
      input: { ...signedDay(run, 'demo-multi'), kept: false, comment: '本人' },
    }),
  },
  createReviewSession: {
    input: () => ({
      level: 'township',
      unitId: TOWNSHIP,
      date: today(),
      title: '授权矩阵评议会',
      attendees: ['张三', '李四'],
    }),
    allowed: ['demo-admin', 'demo-township', 'demo-multi'],
  },
  listReviewSessions: {
    input: () => ({}),
    allowed: [...OVERSEERS_OF_FIRST_VILLAGE, 'demo-supervisor-b', 'demo-township-b', 'demo-admin-b'],
  },
  getReviewSession: {
    input: async (run) => ({ sessionId: await reviewSession(run) }),
    allowed: OVERSEERS_OF_FIRST_VILLAGE,
  },
  recordReview: {
    input: async (run) => ({
      sessionId: await reviewSession(run),
      personId: personId(run, 'demo-secretary'),
      reportText: '本年度驻村工作述职',
      result: 'good',
    }),
    allowed: ['demo-admin', 'demo-township', 'demo-multi'],
    // demo-multi leads 瓦店镇 and pairs in its first village: it may not record its own review.
    self: async (run) => ({
      openid: 'demo-multi',
      input: {
        sessionId: await reviewSession(run),
        personId: personId(run, 'demo-multi'),
        reportText: '本人述职',
        result: 'good',
      },
    }),
  },
  listMyReviews: { input: () => ({}), allowed: [...VILLAGE_PEOPLE, 'demo-secretary-b'] },
}
