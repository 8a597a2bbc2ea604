// The scheduled work of a function as daily jobs per county, run by whichever comes first: its timer
// trigger (云函数 V1), the first signed-in call of the day after the job is due, or an authenticated
// HTTP request from any scheduler (云函数 V2 has no timer triggers). Each run is recorded per
// job, county and day, so the catch-up paths run a job at most once a day.
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Database } from './db-types'
import type { OrgUnitDoc } from './docs'
import { unitsByLevel } from './org-units'
import { isDuplicateKey } from './db-errors'

export const JOB_RUNS = 'job_runs'
/** A claimed run not finished after this long was cut off (timeout, crash): another may take it. */
const STALE_MS = 15 * 60_000
const SHANGHAI_OFFSET_MS = 8 * 3600_000

export interface DailyJob {
  /** `<function>.<job>`: the key its runs are recorded under. */
  name: string
  /** Minutes after midnight in Shanghai from which today's run is due: the timer's own time. */
  dueMinute: number
  run(db: Database, now: Date, county: OrgUnitDoc): Promise<unknown>
}

export type RunVia = 'timer' | 'call' | 'http'

export interface JobRunDoc {
  _id: string
  job: string
  countyId: string
  day: string
  via: RunVia
  state: 'running' | 'done'
  startedAt: Date
  finishedAt: Date | null
  result: unknown
}

export interface JobOutcome {
  job: string
  countyId: string
  ran: boolean
  result?: unknown
}

export function shanghaiMinute(now: Date): number {
  const t = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
  return t.getUTCHours() * 60 + t.getUTCMinutes()
}

const runId = (job: string, countyId: string, day: string) => `${job}_${countyId}_${day}`

async function runsOf(db: Database, jobs: DailyJob[], day: string): Promise<Map<string, JobRunDoc>> {
  const _ = db.command
  const res = await db
    .collection(JOB_RUNS)
    .where({ day, job: _.in(jobs.map((j) => j.name)) })
    .limit(1000)
    .get<JobRunDoc>()
  return new Map(res.data.map((r) => [r._id, r]))
}

const isStale = (run: JobRunDoc, now: Date) =>
  run.state === 'running' && now.getTime() - new Date(run.startedAt).getTime() > STALE_MS

/** Takes today's run of a job for a county; false when another run has it (or is doing it). */
async function claim(
  db: Database,
  job: string,
  countyId: string,
  day: string,
  via: RunVia,
  now: Date,
  seen?: JobRunDoc,
): Promise<boolean> {
  const id = runId(job, countyId, day)
  const fresh: Omit<JobRunDoc, '_id'> = {
    job,
    countyId,
    day,
    via,
    state: 'running',
    startedAt: now,
    finishedAt: null,
    result: null,
  }
  if (!seen) {
    try {
      await db.collection(JOB_RUNS).add({ data: { _id: id, ...fresh } })
      return true
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
      const doc = (await db.collection(JOB_RUNS).doc(id).get<JobRunDoc>()).data
      if (!doc || !isStale(doc, now)) return false
      seen = doc
    }
  }
  if (!isStale(seen, now)) return false
  // Take over a cut-off run only if nobody else did since we read it.
  const res = await db
    .collection(JOB_RUNS)
    .where({ _id: id, state: 'running', startedAt: seen.startedAt })
    .update({ data: { via, startedAt: now } })
  return res.stats.updated === 1
}

async function runClaimed(
  db: Database,
  job: DailyJob,
  county: OrgUnitDoc,
  day: string,
  now: Date,
): Promise<unknown> {
  const id = runId(job.name, county._id, day)
  try {
    const result = (await job.run(db, now, county)) ?? null
    await db
      .collection(JOB_RUNS)
      .doc(id)
      .update({ data: { state: 'done', finishedAt: now, result } })
    return result
  } catch (err) {
    // Every job's effects are idempotent: a later call simply runs it again.
    await db.collection(JOB_RUNS).doc(id).remove()
    throw err
  }
}

/**
 * The timer trigger: every job for every county, whatever ran before today (the jobs are idempotent),
 * recorded so that no catch-up runs them again today.
 */
export async function runOnTimer(db: Database, now: Date, jobs: DailyJob[]): Promise<JobOutcome[]> {
  const day = shanghaiDay(now)
  const out: JobOutcome[] = []
  for (const county of await unitsByLevel(db, 'county')) {
    for (const job of jobs) {
      const result = (await job.run(db, now, county)) ?? null
      const doc: Omit<JobRunDoc, '_id'> = {
        job: job.name,
        countyId: county._id,
        day,
        via: 'timer',
        state: 'done',
        startedAt: now,
        finishedAt: now,
        result,
      }
      await db
        .collection(JOB_RUNS)
        .doc(runId(job.name, county._id, day))
        .set({ data: doc })
      out.push({ job: job.name, countyId: county._id, ran: true, result })
    }
  }
  return out
}

/** Jobs due today that no run has done yet, each run once; a second call the same day does nothing. */
export async function catchUp(
  db: Database,
  now: Date,
  jobs: DailyJob[],
  via: RunVia,
): Promise<{ outcomes: JobOutcome[]; settled: string[] }> {
  const day = shanghaiDay(now)
  const due = jobs.filter((j) => shanghaiMinute(now) >= j.dueMinute)
  if (due.length === 0) return { outcomes: [], settled: [] }
  const [counties, runs] = await Promise.all([unitsByLevel(db, 'county'), runsOf(db, due, day)])
  const outcomes: JobOutcome[] = []
  const settled: string[] = []
  for (const job of due) {
    let done = true
    for (const county of counties) {
      const seen = runs.get(runId(job.name, county._id, day))
      if (seen && !isStale(seen, now)) {
        done &&= seen.state === 'done'
        outcomes.push({ job: job.name, countyId: county._id, ran: false })
        continue
      }
      if (!(await claim(db, job.name, county._id, day, via, now, seen))) {
        done = false
        outcomes.push({ job: job.name, countyId: county._id, ran: false })
        continue
      }
      outcomes.push({
        job: job.name,
        countyId: county._id,
        ran: true,
        result: await runClaimed(db, job, county, day, now),
      })
    }
    if (done) settled.push(job.name)
  }
  return { outcomes, settled }
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
