// The daily jobs fan out per county: the invocation that starts the day's work only lists the counties
// (org read model) and calls its own function once per county through cloud.callFunction, so no
// invocation ever visits a whole prefecture. Each county invocation does one bounded step of each job
// (`daily-jobs.ts`); a county that asks for more is called again, while this invocation has time.
import * as cloud from 'wx-server-sdk'
import { shanghaiDay } from '@contract/domain/presence-time'
import { z } from '@contract/zod'
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

const countyJobEventSchema = z.object({
  Type: z.literal(COUNTY_JOB_TYPE),
  countyId: z.string().min(1).max(64),
  jobs: z.array(z.string()),
  via: z.enum(['timer', 'call', 'http']),
  /** The starting invocation's clock: every county of one fan-out works on the same day. */
  at: z.string().refine((at) => Number.isFinite(Date.parse(at))),
})
export type CountyJobEvent = z.infer<typeof countyJobEventSchema>

/** County invocations running at once: the platform's concurrency is ample, the database's is not. */
const PARALLEL = 4
/** The share of its own timeout the starting invocation may spend waiting on county rounds. */
const BUDGET_SHARE = 0.7

export function isCountyJobEvent(event: unknown): event is CountyJobEvent {
  return countyJobEventSchema.safeParse(event).success
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
  // A queue of counties owing work; a county that answers "more" goes to its end again. A worker
  // starts a call only if one as slow as the slowest so far still ends inside the budget: what is
  // left is resumed by the next run (its records say where).
  const queue = open(await runsOf(db, names, day)).map((c) => c._id)
  const failed = new Set<string>()
  const budget = timeoutS * 1000 * BUDGET_SHARE
  let slowest = 0
  const worker = async () => {
    while (queue.length > 0 && Date.now() - started + slowest < budget) {
      const countyId = queue.shift() ?? ''
      const callStart = Date.now()
      const answer = await callCounty(fn, {
        Type: COUNTY_JOB_TYPE,
        countyId,
        jobs: names,
        via,
        at: now.toISOString(),
      })
      slowest = Math.max(slowest, Date.now() - callStart)
      summary.invocations += 1
      if (!answer) {
        failed.add(countyId)
        continue
      }
      for (const s of answer.steps) {
        summary.runs.push({ countyId, ...s })
        for (const [k, v] of Object.entries(s.result)) summary.sums[k] = (summary.sums[k] ?? 0) + v
        if (s.failed) failed.add(countyId)
      }
      if (answer.steps.some((s) => s.more)) queue.push(countyId)
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  summary.failed = [...failed]
  summary.unfinished = [...queue]
  const runs = await runsOf(db, names, day)
  summary.settled = names.filter((j) =>
    counties.every((c) => runs.get(runId(j, c._id, day))?.state === 'done'),
  )
  return summary
}
