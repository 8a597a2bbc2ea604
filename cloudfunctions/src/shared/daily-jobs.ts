// The scheduled work of a function as daily jobs per county. Whatever starts the day's work (its timer
// trigger on 云函数 V1, the first signed-in call after a job is due, or an authenticated HTTP request from
// any scheduler on 云函数 V2) fans it out one invocation per county (`county-fan-out.ts`); each such
// invocation runs one bounded step of each job for its county here. Every step is recorded per job,
// county and day, so nothing runs twice a day, and a county cut off or failed is taken up again.
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Database } from './db-types'
import type { OrgUnitDoc } from './docs'
import { isDuplicateKey } from './db-errors'

export const JOB_RUNS = 'job_runs'
/** A claimed run not finished after this long was cut off (timeout, crash): another may take it. */
const STALE_MS = 15 * 60_000
const SHANGHAI_OFFSET_MS = 8 * 3600_000

/** Counts a step reports; `continueFrom` says the job has more to do for this county today. */
export type JobResult = { [count: string]: number | boolean | string | undefined; continueFrom?: string }

export interface DailyJob {
  /** `<function>.<job>`: the key its runs are recorded under. */
  name: string
  /** Minutes after midnight in Shanghai from which today's run is due: the timer's own time. */
  dueMinute: number
  /**
   * One bounded step for one county (well inside the function's timeout). `cursor` is where the last
   * step of today stopped (null at first); answering `continueFrom` asks for another step.
   */
  run(db: Database, now: Date, county: OrgUnitDoc, cursor: string | null): Promise<JobResult>
}

export type RunVia = 'timer' | 'call' | 'http'
/** running: a step is under way; more: a step stopped at `cursor`; failed: a step threw (retried). */
export type RunState = 'running' | 'more' | 'failed' | 'done'

// A type, not an interface: a stored document must be assignable to the database's open record.
export type JobRunDoc = {
  _id: string
  job: string
  countyId: string
  day: string
  via: RunVia
  state: RunState
  startedAt: Date
  finishedAt: Date | null
  /** Counts summed over the day's steps. */
  result: Record<string, number>
  cursor: string | null
  steps: number
  error: string | null
}

export interface StepOutcome {
  job: string
  ran: boolean
  more: boolean
  failed: boolean
  result: Record<string, number>
}

export function shanghaiMinute(now: Date): number {
  const t = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
  return t.getUTCHours() * 60 + t.getUTCMinutes()
}

export const runId = (job: string, countyId: string, day: string) => `${job}_${countyId}_${day}`

/** Today's records of these jobs, every county, keyed by id. */
export async function runsOf(
  db: Database,
  jobs: readonly string[],
  day: string,
): Promise<Map<string, JobRunDoc>> {
  const _ = db.command
  const res = await db
    .collection(JOB_RUNS)
    .where({ day, job: _.in([...jobs]) })
    .limit(1000)
    .get<JobRunDoc>()
  return new Map(res.data.map((r) => [r._id, r]))
}

const isStale = (run: JobRunDoc, now: Date) =>
  run.state === 'running' && now.getTime() - new Date(run.startedAt).getTime() > STALE_MS

/** Does this county still owe work on the job today (no record, stopped, failed or cut off)? */
export const isOpen = (run: JobRunDoc | undefined, now: Date): boolean =>
  !run || run.state === 'more' || run.state === 'failed' || isStale(run, now)

/** Takes today's run of a job for a county; null when it is done or another invocation is on it. */
async function claim(
  db: Database,
  job: string,
  countyId: string,
  day: string,
  via: RunVia,
  now: Date,
): Promise<JobRunDoc | null> {
  const id = runId(job, countyId, day)
  let seen = (await db.collection(JOB_RUNS).doc(id).get<JobRunDoc>()).data
  if (!seen) {
    const fresh: JobRunDoc = {
      _id: id,
      job,
      countyId,
      day,
      via,
      state: 'running',
      startedAt: now,
      finishedAt: null,
      result: {},
      cursor: null,
      steps: 0,
      error: null,
    }
    try {
      await db.collection(JOB_RUNS).add({ data: fresh })
      return fresh
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
      seen = (await db.collection(JOB_RUNS).doc(id).get<JobRunDoc>()).data
      if (!seen) return null
    }
  }
  if (!isOpen(seen, now)) return null
  // Take it up only if nobody else did since we read it.
  const res = await db
    .collection(JOB_RUNS)
    .where({ _id: id, state: seen.state, startedAt: seen.startedAt })
    .update({ data: { state: 'running', via, startedAt: now } })
  return res.stats.updated === 1 ? { ...seen, state: 'running', via, startedAt: now } : null
}

function sumCounts(into: Record<string, number>, step: JobResult): Record<string, number> {
  const out = { ...into }
  for (const [k, v] of Object.entries(step)) if (typeof v === 'number') out[k] = (out[k] ?? 0) + v
  return out
}

/** One step of one job for one county, recorded; a throw is recorded as failed and retried later. */
async function step(
  db: Database,
  job: DailyJob,
  county: OrgUnitDoc,
  via: RunVia,
  now: Date,
): Promise<StepOutcome> {
  const day = shanghaiDay(now)
  const run = await claim(db, job.name, county._id, day, via, now)
  if (!run) return { job: job.name, ran: false, more: false, failed: false, result: {} }
  const doc = db.collection(JOB_RUNS).doc(run._id)
  try {
    const { continueFrom, ...counts } = await job.run(db, now, county, run.cursor)
    const result = sumCounts(run.result, counts)
    const more = typeof continueFrom === 'string' && continueFrom !== ''
    await doc.update({
      data: {
        state: more ? 'more' : 'done',
        finishedAt: more ? null : now,
        cursor: more ? continueFrom : null,
        steps: run.steps + 1,
        result,
        error: null,
      },
    })
    return { job: job.name, ran: true, more, failed: false, result: sumCounts({}, counts) }
  } catch (err) {
    // The jobs' effects are idempotent: the next invocation takes the step again from the same cursor.
    await doc.update({ data: { state: 'failed', error: String(err).slice(0, 300) } })
    return { job: job.name, ran: true, more: false, failed: true, result: {} }
  }
}

/** One step of each named job for one county; a failing job does not keep the others from running. */
export async function runCountySteps(
  db: Database,
  now: Date,
  jobs: readonly DailyJob[],
  county: OrgUnitDoc,
  via: RunVia,
): Promise<StepOutcome[]> {
  const out: StepOutcome[] = []
  for (const job of jobs) out.push(await step(db, job, county, via, now))
  return out
}

/** A job's last finished run for a county (the settings page shows it), or null before the first. */
export async function lastDoneRun(db: Database, job: string, countyId: string): Promise<JobRunDoc | null> {
  const res = await db
    .collection(JOB_RUNS)
    .where({ job, countyId, state: 'done' })
    .orderBy('day', 'desc')
    .limit(1)
    .get<JobRunDoc>()
  return res.data[0] ?? null
}
