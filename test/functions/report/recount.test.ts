import { randomUUID } from 'node:crypto'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { recountStats } from '../../../emulator/seed/recount-stats'
import { Prng } from '../../../emulator/seed/prng'
import { fixNear, village, type Village } from '../presence/helpers'
import { form, visitInput, H1, H2, H3, H4 } from '../visit/helpers'
import { itemIn } from '../rectify/helpers'
import type { RectState } from '../../../types/domain/rectification'
import type { SeedDoc } from '../../../emulator/seed/jsonl'

const RAW = [
  'org_units',
  'people',
  'households',
  'presence_days',
  'presence_checkins',
  'presence_leaves',
  'visits',
  'visit_coverage',
  'rectify_items',
  'rectify_events',
]
const COUNTERS = [
  'presenceDays',
  'checkIns',
  'visits',
  'visitedHouseholds',
  'visitedMonitored1m',
  'visitedLifted3m',
  'rectOpened',
  'rectClosed',
  'rectCloseDays',
  'days',
  'leaveDays',
]

let run: RunningCloud
let v: Village
const at = (day: string, hour = 9) =>
  new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`)).toISOString()
const call = async (fn: string, action: string, input: unknown, openid: string, now: string) => {
  const res = (await run.cloud.call(fn, action, input, openid, { ZHUCUN_NOW: now })) as {
    ok: boolean
    data?: unknown
    error?: { message: string }
  }
  return res
}

/** Counter fields only, zeros dropped (a counter bumped up and back down equals one never made). */
function counters(docs: readonly SeedDoc[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const d of docs) {
    const c = Object.fromEntries(
      COUNTERS.filter((k) => Number(d[k]) !== 0 && d[k] !== undefined).map((k) => [
        k,
        Math.round(Number(d[k]) * 10) / 10,
      ]),
    )
    if (Object.keys(c).length > 0) out[String(d._id)] = c
  }
  return out
}

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-12-01T01:00:00.000Z' })
  v = village(run)
})
afterAll(async () => {
  await run.stop()
})

test('after a seeded random sequence of real writes, every counter equals a full recount of the raw records', async () => {
  const rng = new Prng(9)
  const cadres = ['demo-secretary', 'demo-member']
  const households = [H1, H2, H3, H4]
  const visits: string[] = []
  for (let step = 0; step < 60; step++) {
    const day = `2026-12-${String(rng.int(1, 20)).padStart(2, '0')}`
    const now = at(day, rng.int(9, 17))
    const kind = rng.pick(['checkIn', 'checkIn', 'resend', 'visit', 'correct', 'rectify', 'leave'] as const)
    if (kind === 'checkIn' || kind === 'resend') {
      // An offline capture sent later keeps its device time; a resend repeats the same clientId.
      const input = { ...fixNear(v, rng.int(0, 800), { capturedAt: at(day, 8) }), clientId: randomUUID() }
      const who = rng.pick(cadres)
      await call('presence', 'checkIn', input, who, now)
      if (kind === 'resend') await call('presence', 'checkIn', input, who, at(day, 20))
    } else if (kind === 'visit') {
      const res = await call(
        'visit',
        'submitVisit',
        visitInput(rng.pick(households), { at: new Date(Date.parse(now) - 30 * 60000).toISOString() }),
        'demo-pairing',
        now,
      )
      if (res.ok) visits.push((res.data as { visitId: string }).visitId)
    } else if (kind === 'correct' && visits.length > 0) {
      const visitId = rng.pick(visits)
      const detail = (await call('visit', 'getVisit', { visitId }, 'demo-pairing', now)).data as
        { version: number } | undefined
      if (detail)
        await call(
          'visit',
          'correctVisit',
          {
            visitId,
            clientId: randomUUID(),
            baseVersion: detail.version,
            form: form((f) => {
              f.income.annualEstimate = rng.int(5000, 30000)
            }),
            reason: '按存折核实更正',
          },
          'demo-pairing',
          now,
        )
    } else if (kind === 'rectify') {
      await itemIn(run, rng.pick<RectState>(['dispatched', 'in_progress', 'closed', 'closed', 'withdrawn']), {
        now,
      })
    } else if (kind === 'leave') {
      const end = `2026-12-${String(Math.min(28, Number(day.slice(8)) + rng.int(0, 2))).padStart(2, '0')}`
      const req = await call(
        'presence',
        'requestLeave',
        { type: 'personal', startDay: day, endDay: end, reason: '家中有事' },
        'demo-member',
        now,
      )
      if (!req.ok) continue
      const leaveId = (req.data as { id: string }).id
      await call(
        'presence',
        'decideLeave',
        { leaveId, decision: 'approved', comment: '同意' },
        'demo-township',
        now,
      )
      if (rng.chance(0.4)) await call('presence', 'returnFromLeave', { leaveId }, 'demo-member', at(day, 18))
    }
  }
  const raw = Object.fromEntries(RAW.map((c) => [c, run.cloud.db.find(c)]))
  const oracle = recountStats(raw, new Date())
  expect(counters(run.cloud.db.find('stats_village_month'))).toEqual(counters(oracle.stats_village_month))
  expect(counters(run.cloud.db.find('presence_months'))).toEqual(counters(oracle.presence_months))
  // The sequence really exercised every kind of write.
  expect(raw.presence_leaves.length).toBeGreaterThan(2)
  expect(run.cloud.db.find('rectify_items', { state: 'closed' }).length).toBeGreaterThan(1)
  expect(run.cloud.db.find('visit_versions').length).toBeGreaterThan(raw.visits.length)
}, 180_000)
