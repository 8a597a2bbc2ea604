// The daily jobs fan out per county: the invocation that starts the day's work only lists the counties
// (org read model) and calls its own function once per county through cloud.callFunction, so no
// invocation ever visits a whole prefecture. Each county invocation does one bounded step of each job
// (`daily-jobs.ts`); a county that asks for more is called again, while this invocation has time.
import * as cloud from 'wx-server-sdk'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Database } from './db-types'
import {
  isOpen,
  runId,
  runsOf,
  shanghaiMinute,
  type DailyJob,
  type JobRunDoc,
  type RunVia,
  type StepOutcome,
} from './daily-jobs'
import { unitsByLevel } from './org-units'
import { logEvent } from './log'

/** The event one county's invocation receives. Only another function can send it (see `fromFunction`). */
export const COUNTY_JOB_TYPE = 'CountyJobs'

export interface CountyJobEvent {
  Type: typeof COUNTY_JOB_TYPE
  countyId: string
  jobs: string[]
  via: RunVia
  /** The starting invocation's clock: every county of one fan-out works on the same day. */
  at: string
}

/** County invocations running at once: the platform's concurrency is ample, the database's is not. */
const PARALLEL = 4
/** Past this share of its own timeout the starting invocation calls no further county. */
const BUDGET_SHARE = 0.7

export function isCountyJobEvent(event: unknown): event is CountyJobEvent {
  if (typeof event !== 'object' || event === null) return false
  const e = event as Record<string, unknown>
  return (
    e.Type === COUNTY_JOB_TYPE &&
    typeof e.countyId === 'string' &&
    e.countyId.length > 0 &&
    e.countyId.length <= 64 &&
    Array.isArray(e.jobs) &&
    e.jobs.every((j) => typeof j === 'string') &&
    (e.via === 'timer' || e.via === 'call' || e.via === 'http') &&
    typeof e.at === 'string' &&
    Number.isFinite(Date.parse(e.at))
  )
}

/**
 * SOURCE is the call chain the platform writes (`wx_client`, `wx_trigger`, `wx_http`, each followed by
 * `,scf` per function that called on): a chain ending in `scf` comes from a function of this
 * environment, which an app or HTTP caller cannot forge.
 */
export function fromFunction(source: unknown): boolean {
  return typeof source === 'string' && source.split(',').pop() === 'scf'
}

export interface FanOutSummary {
  /** Counts summed over every county step that ran. */
  sums: Record<string, number>
  counties: number
  invocations: number
  failed: string[]
  /** Counties with work left when time ran out: the next run resumes them. */
  unfinished: string[]
  /** Jobs every county has done today. */
  settled: string[]
  /** Every step the county invocations took or found taken. */
  runs: Array<StepOutcome & { countyId: string }>
}

export interface CountyAnswer {
  countyId: string
  steps: StepOutcome[]
}

function isCountyAnswer(v: unknown): v is CountyAnswer {
  return typeof v === 'object' && v !== null && Array.isArray(Reflect.get(v, 'steps'))
}

async function callCounty(fn: string, event: CountyJobEvent): Promise<CountyAnswer | null> {
  try {
    const res: unknown = await cloud.callFunction({ name: fn, data: event })
    const result: unknown = typeof res === 'object' && res !== null ? Reflect.get(res, 'result') : null
    const data: unknown =
      typeof result === 'object' && result !== null && Reflect.get(result, 'ok') === true
        ? Reflect.get(result, 'data')
        : null
    if (isCountyAnswer(data)) return data
    logEvent({ event: 'county_job_failed', fn, countyId: event.countyId, error: JSON.stringify(result) })
  } catch (err) {
    logEvent({ event: 'county_job_failed', fn, countyId: event.countyId, error: String(err) })
  }
  return null
}

/** Runs `task` over `items`, at most `limit` at a time, in order of start. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  task: (t: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/**
 * Fans the due jobs out: one invocation per county that still owes work today, again for those that
 * answered "more", until all are done or the time budget (a share of `timeoutS`) is spent.
 */
export async function fanOut(
  fn: string,
  db: Database,
  now: Date,
  jobs: readonly DailyJob[],
  via: RunVia,
  timeoutS: number,
): Promise<FanOutSummary> {
  const started = Date.now()
  const day = shanghaiDay(now)
  const due = via === 'timer' ? [...jobs] : jobs.filter((j) => shanghaiMinute(now) >= j.dueMinute)
  const names = due.map((j) => j.name)
  const summary: FanOutSummary = {
    sums: {},
    counties: 0,
    invocations: 0,
    failed: [],
    unfinished: [],
    settled: [],
    runs: [],
  }
  if (due.length === 0) return summary
  const counties = await unitsByLevel(db, 'county')
  summary.counties = counties.length
  const open = (runs: Map<string, JobRunDoc>) =>
    counties.filter((c) => names.some((j) => isOpen(runs.get(runId(j, c._id, day)), now)))
  let pending = open(await runsOf(db, names, day)).map((c) => c._id)
  const failed = new Set<string>()
  while (pending.length > 0 && Date.now() - started < timeoutS * 1000 * BUDGET_SHARE) {
    const answers = await inParallel(pending, PARALLEL, (countyId) =>
      callCounty(fn, { Type: COUNTY_JOB_TYPE, countyId, jobs: names, via, at: now.toISOString() }),
    )
    summary.invocations += pending.length
    const again: string[] = []
    answers.forEach((a, i) => {
      if (!a) return void failed.add(pending[i])
      for (const s of a.steps) {
        summary.runs.push({ countyId: pending[i], ...s })
        for (const [k, v] of Object.entries(s.result)) summary.sums[k] = (summary.sums[k] ?? 0) + v
        if (s.failed) failed.add(pending[i])
      }
      if (a.steps.some((s) => s.more)) again.push(pending[i])
    })
    pending = again
  }
  summary.failed = [...failed]
  summary.unfinished = pending
  const runs = await runsOf(db, names, day)
  summary.settled = names.filter((j) =>
    counties.every((c) => runs.get(runId(j, c._id, day))?.state === 'done'),
  )
  return summary
}
