// Runs one county day through the local cloud and counts what CloudBase bills: function invocations,
// and database requests as they cross the wire (each request one read or one write, whatever it
// returns), plus the bytes of the documents the day inserts.
import type { LocalCloud } from '../emulator/local-cloud'
import { currentInvocation } from '../emulator/host/invocation-context'
import { countyDay } from './county-day-script'

const READS = new Set(['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'])
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument'])
const SHANGHAI_MIDNIGHT_UTC_HOUR = -8

export interface ActionCost {
  action: string
  calls: number
  reads: number
  /** Writes, counting transaction requests (start, commit) among them. */
  writes: number
  per_call: number
}

export interface DayFigures {
  day: string
  invocations: number
  errors: number
  reads: number
  writes: number
  /** startTransaction / commit / abort: billed like any request where a plan counts requests. */
  transaction_requests: number
  inserted_bytes: number
  actions: ActionCost[]
}

interface Tally {
  calls: number
  reads: number
  writes: number
}

/** Instant `minutes` after midnight of `day` in Shanghai. */
function at(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + (SHANGHAI_MIDNIGHT_UTC_HOUR * 60 + minutes) * 60_000)
}

export async function runCountyDay(cloud: LocalCloud, day: string): Promise<DayFigures> {
  const tallies = new Map<string, Tally>()
  const tally = (key: string) => {
    let t = tallies.get(key)
    if (!t) tallies.set(key, (t = { calls: 0, reads: 0, writes: 0 }))
    return t
  }
  const totals = { reads: 0, writes: 0, tx: 0, bytes: 0 }
  // The wire layer: every request the SDK sends, attributed to the invocation that sent it.
  const original = cloud.db.send
  const send = original.bind(cloud.db)
  cloud.db.send = (action, params) => {
    const inv = currentInvocation()
    const t = tally(inv ? `${inv.fn}.${inv.action || 'timer'}` : '(outside a function)')
    if (READS.has(action)) {
      t.reads += 1
      totals.reads += 1
    } else if (WRITES.has(action)) {
      t.writes += 1
      totals.writes += 1
    } else {
      t.writes += 1
      totals.tx += 1
    }
    if (action === 'database.insertDocument')
      totals.bytes += Buffer.byteLength(JSON.stringify(params?.data ?? []))
    return send(action, params)
  }
  const invocations = () => [...cloud.invoker.outcomes.values()].reduce((a, b) => a + b, 0)
  let errors = 0
  const fire = async (fn: string, minutes: number) => {
    cloud.invoker.env.ZHUCUN_NOW = at(day, minutes).toISOString()
    tally(`${fn}.timer`).calls += 1
    await cloud.timers.fireNow(fn)
  }
  // An ordinary day follows other days: yesterday's timers ran (the seed leaves every overdue item
  // unstruck, which only the very first run would pay for). Not counted.
  const yesterday = new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10)
  for (const [fn, minutes] of [
    ['report', 5],
    ['visit', 150],
    ['rectify', 480],
    ['notice', 960],
  ] as const) {
    cloud.invoker.env.ZHUCUN_NOW = at(yesterday, minutes).toISOString()
    await cloud.timers.fireNow(fn)
  }
  tallies.clear()
  Object.assign(totals, { reads: 0, writes: 0, tx: 0, bytes: 0 })
  const started = invocations()
  try {
    // The timers of the day at their times (config.json): roll-up, recount, rectify; reminders at 16:00.
    await fire('report', 5)
    await fire('visit', 150)
    await fire('rectify', 480)
    for (const c of countyDay(cloud)) {
      const now = at(day, 480 + c.at)
      cloud.invoker.env.ZHUCUN_NOW = now.toISOString()
      tally(`${c.fn}.${c.action}`).calls += 1
      const res = (await cloud.call(c.fn, c.action, c.input(now), c.openid)) as {
        ok?: boolean
        error?: { code: string; message: string }
      }
      if (!res?.ok) {
        errors += 1
        if (errors <= 5)
          console.error(
            `  ${c.fn}.${c.action} as ${c.openid || '(villager)'}: ${res?.error?.code} ${res?.error?.message}`,
          )
      }
    }
    await fire('notice', 960)
  } finally {
    cloud.db.send = original
  }
  const actions = [...tallies.entries()]
    .map(([action, t]) => ({
      action,
      calls: t.calls,
      reads: t.reads,
      writes: t.writes,
      per_call: t.calls ? Math.round(((t.reads + t.writes) / t.calls) * 10) / 10 : 0,
    }))
    .sort((a, b) => b.reads + b.writes - (a.reads + a.writes))
  return {
    day,
    invocations: invocations() - started,
    errors,
    reads: totals.reads,
    writes: totals.writes,
    transaction_requests: totals.tx,
    inserted_bytes: totals.bytes,
    actions,
  }
}
